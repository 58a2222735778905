import "server-only";
import { z } from "zod";
import { firstValue, pageNumberSchema, pageCountOf } from "@/lib/validation/address";
import { countOpenThreads } from "@/lib/comments/find-comments-log";
import type { DbOrTx } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { RequirementStatus } from "@/lib/generated/prisma/enums";

/**
 * Rows per page of the requirements list. A modification may hold hundreds of requirements: one
 * page of 500 weighed 600 KB and cost the server 80 ms; fifty rows keep a page near 65 KB and
 * within a few milliseconds of an empty page (npm run bench).
 */
export const REQUIREMENTS_PER_PAGE = 50;

/** The list's filter and page, from its address. A value that makes no sense is ignored rather than an error. */
export const requirementFilterSchema = z.object({
  status: z.preprocess(firstValue, z.enum(RequirementStatus).optional()).catch(undefined),
  page: pageNumberSchema,
});
export type RequirementFilter = z.infer<typeof requirementFilterSchema>;

type Row = { id: string; ref: string; title: string; status: RequirementStatus; version: number; updatedAt: Date; areaId: string; total: bigint };

/**
 * One page of a modification's requirements, in area order then their order within the area,
 * grouped by area, in two queries whatever their number (three for a page past the end, to
 * count). Areas with no row on this page are left out, unless the whole list fits on one page
 * (then every area is shown, empty or not). The page is plain SQL, its total counted in the same
 * statement: through Prisma's query compiler, rows and count cost the list 1.5 ms more CPU.
 * With `openThreads` (for readers of comments) one more, grouped, query counts each one's open threads.
 */
export async function findRequirementsByArea(db: DbOrTx, modificationId: string, filter: Partial<RequirementFilter>, { openThreads = false } = {}) {
  const page = filter.page ?? 1;
  const [areas, requirements, threads] = await Promise.all([
    db.requirementArea.findMany({
      where: { modificationId },
      orderBy: { position: "asc" },
      select: { id: true, code: true, title: true, description: true },
    }),
    db.$queryRaw<Row[]>`
      SELECT r."id", r."ref", r."title", r."status"::text AS "status", r."version", r."updatedAt", r."areaId", count(*) OVER () AS "total"
      FROM "Requirement" r JOIN "RequirementArea" a ON a."id" = r."areaId"
      WHERE r."modificationId" = ${modificationId} ${filter.status ? Prisma.sql`AND r."status" = ${filter.status}::"RequirementStatus"` : Prisma.empty}
      ORDER BY a."position", r."position", r."number"
      LIMIT ${REQUIREMENTS_PER_PAGE} OFFSET ${(page - 1) * REQUIREMENTS_PER_PAGE}`,
    openThreads ? countOpenThreads(db, modificationId) : null,
  ]);
  const total = requirements.length > 0 ? Number(requirements[0]!.total) : page > 1 ? await countRequirements(db, modificationId, filter) : 0;
  const pageCount = pageCountOf(total, REQUIREMENTS_PER_PAGE);
  const rows = requirements.map(({ id, ref, title, status, version, updatedAt, areaId }) => ({
    ...{ id, ref, title, status, version, updatedAt, areaId },
    openThreads: threads ? (threads.get(id) ?? 0) : null,
  }));
  const grouped = areas.map((area) => ({ ...area, requirements: rows.filter((r) => r.areaId === area.id) }));
  return {
    areas: pageCount === 1 ? grouped : grouped.filter((area) => area.requirements.length > 0),
    total,
    page,
    pageCount,
    first: (page - 1) * REQUIREMENTS_PER_PAGE + 1,
    last: (page - 1) * REQUIREMENTS_PER_PAGE + rows.length,
  };
}

/** Past the last page the page query has no row to carry the total. */
function countRequirements(db: DbOrTx, modificationId: string, filter: Partial<RequirementFilter>) {
  return db.requirement.count({ where: { modificationId, ...(filter.status ? { status: filter.status } : {}) } });
}

export type RequirementsPage = Awaited<ReturnType<typeof findRequirementsByArea>>;
