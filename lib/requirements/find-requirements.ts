import { z } from "zod";
import { countOpenThreads } from "@/lib/comments/find-comments-log";
import type { DbOrTx } from "@/lib/db";
import { RequirementStatus } from "@/lib/generated/prisma/enums";

export const requirementFilterSchema = z.object({
  status: z.enum(RequirementStatus).optional().catch(undefined),
});
export type RequirementFilter = z.infer<typeof requirementFilterSchema>;

/**
 * A modification's requirements grouped by area, in two queries whatever their number; with
 * `openThreads` (for readers of comments) a third, grouped, counts each one's open threads.
 */
export async function findRequirementsByArea(db: DbOrTx, modificationId: string, filter: RequirementFilter, { openThreads = false } = {}) {
  const [areas, requirements, threads] = await Promise.all([
    db.requirementArea.findMany({
      where: { modificationId },
      orderBy: { position: "asc" },
      select: { id: true, code: true, title: true, description: true },
    }),
    db.requirement.findMany({
      where: { modificationId, ...(filter.status ? { status: filter.status } : {}) },
      orderBy: [{ position: "asc" }, { number: "asc" }],
      select: { id: true, ref: true, title: true, status: true, version: true, updatedAt: true, areaId: true },
    }),
    openThreads ? countOpenThreads(db, modificationId) : null,
  ]);
  const counted = requirements.map((r) => ({ ...r, openThreads: threads ? (threads.get(r.id) ?? 0) : null }));
  return areas.map((area) => ({ ...area, requirements: counted.filter((r) => r.areaId === area.id) }));
}
