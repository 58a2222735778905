import { z } from "zod";
import type { DbOrTx } from "@/lib/db";
import { RequirementStatus } from "@/lib/generated/prisma/enums";

/**
 * Rows per page of the requirements list. A modification may hold hundreds of requirements: one
 * page of 500 weighed 600 KB and cost the server 80 ms; fifty rows keep a page near 65 KB and
 * within a few milliseconds of an empty page (npm run bench).
 */
export const REQUIREMENTS_PER_PAGE = 50;

const firstValue = (value: unknown) => (Array.isArray(value) ? value[0] : value);

/** The list's filter and page, from its address. A value that makes no sense is ignored rather than an error. */
export const requirementFilterSchema = z.object({
  status: z.preprocess(firstValue, z.enum(RequirementStatus).optional()).catch(undefined),
  page: z.preprocess(firstValue, z.coerce.number().int().min(1).max(100_000)).catch(1),
});
export type RequirementFilter = z.infer<typeof requirementFilterSchema>;

/**
 * One page of a modification's requirements, in area order then their order within the area,
 * grouped by area, in three queries whatever their number. Areas with no row on this page are
 * left out, unless the whole list fits on one page (then every area is shown, empty or not).
 */
export async function findRequirementsByArea(db: DbOrTx, modificationId: string, filter: Partial<RequirementFilter>) {
  const where = { modificationId, ...(filter.status ? { status: filter.status } : {}) };
  const page = filter.page ?? 1;
  const [areas, requirements, total] = await Promise.all([
    db.requirementArea.findMany({
      where: { modificationId },
      orderBy: { position: "asc" },
      select: { id: true, code: true, title: true, description: true },
    }),
    db.requirement.findMany({
      where,
      orderBy: [{ area: { position: "asc" } }, { position: "asc" }, { number: "asc" }],
      skip: (page - 1) * REQUIREMENTS_PER_PAGE,
      take: REQUIREMENTS_PER_PAGE,
      select: { id: true, ref: true, title: true, status: true, version: true, updatedAt: true, areaId: true },
    }),
    db.requirement.count({ where }),
  ]);
  const pageCount = Math.max(1, Math.ceil(total / REQUIREMENTS_PER_PAGE));
  const grouped = areas.map((area) => ({ ...area, requirements: requirements.filter((r) => r.areaId === area.id) }));
  return {
    areas: pageCount === 1 ? grouped : grouped.filter((area) => area.requirements.length > 0),
    total,
    page,
    pageCount,
    first: (page - 1) * REQUIREMENTS_PER_PAGE + 1,
    last: (page - 1) * REQUIREMENTS_PER_PAGE + requirements.length,
  };
}

export type RequirementsPage = Awaited<ReturnType<typeof findRequirementsByArea>>;
