import "server-only";
import type { Db } from "@/lib/db";
import { pageCountOf } from "@/lib/validation/address";
import { findThreads } from "./find-threads";

/**
 * Threads shown in full per page of a requirement's page. A requirement may gather hundreds of
 * comments: 200 threads in full weighed 750 KB and cost the server 70 ms a request (npm run bench);
 * the comments log lists them all, a row each.
 */
export const THREADS_PER_REQUIREMENT_PAGE = 10;

/**
 * One page of a requirement's threads, in number order (C-1 first), with their total: two queries
 * (one when there are none) plus findThreads' fixed few. A page past the end shows the last.
 */
export async function findRequirementThreadPage(db: Db, modificationId: string, requirementId: string, page: number) {
  const total = await db.comment.count({ where: { modificationId, requirementId, parentId: null } });
  const pageCount = pageCountOf(total, THREADS_PER_REQUIREMENT_PAGE);
  const shown = Math.min(page, pageCount);
  const slice = { skip: (shown - 1) * THREADS_PER_REQUIREMENT_PAGE, take: THREADS_PER_REQUIREMENT_PAGE };
  const threads = total > 0 ? await findThreads(db, modificationId, { requirementId }, slice) : [];
  return { threads, total, page: shown, pageCount };
}
