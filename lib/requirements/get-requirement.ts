import "server-only";
import type { DbOrTx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { isLookupKey } from "@/lib/validation/text";

/** One requirement with its area, trace links from both ends and its current version's author. */
export async function getRequirement(db: DbOrTx, modificationId: string, ref: string) {
  if (!isLookupKey(ref, 20)) throw new AppError("NOT_FOUND", "There is no such requirement.");
  const requirement = await db.requirement.findUnique({
    where: { modificationId_ref: { modificationId, ref: ref.toUpperCase() } },
    select: {
      id: true,
      ref: true,
      title: true,
      body: true,
      status: true,
      version: true,
      createdAt: true,
      area: { select: { title: true } },
      linksFrom: {
        orderBy: { createdAt: "asc" },
        select: {
          id: true,
          kind: true,
          reference: true,
          note: true,
          targetRequirement: { select: { ref: true, title: true } },
          serviceRequest: { select: { number: true, name: true } },
        },
      },
      linksTo: {
        orderBy: { createdAt: "asc" },
        select: { id: true, requirement: { select: { ref: true, title: true } } },
      },
      versions: {
        orderBy: { version: "desc" },
        take: 1,
        select: { version: true, createdAt: true, changeNote: true, author: { select: { name: true } } },
      },
    },
  });
  if (!requirement) throw new AppError("NOT_FOUND", `There is no requirement ${ref}.`);
  const [current] = requirement.versions;
  if (!current) throw new Error(`Requirement ${requirement.id} has no version`);
  return { ...requirement, current };
}

export type RequirementDetail = Awaited<ReturnType<typeof getRequirement>>;
