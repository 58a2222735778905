import { z } from "zod";
import type { DbOrTx } from "@/lib/db";
import { RequirementStatus } from "@/lib/generated/prisma/enums";

export const requirementFilterSchema = z.object({
  status: z.enum(RequirementStatus).optional().catch(undefined),
});
export type RequirementFilter = z.infer<typeof requirementFilterSchema>;

/** A modification's requirements grouped by area, in two queries whatever their number. */
export async function findRequirementsByArea(db: DbOrTx, modificationId: string, filter: RequirementFilter) {
  const [areas, requirements] = await Promise.all([
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
  ]);
  return areas.map((area) => ({ ...area, requirements: requirements.filter((r) => r.areaId === area.id) }));
}
