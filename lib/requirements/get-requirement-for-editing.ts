import "server-only";
import type { DbOrTx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { isLookupKey } from "@/lib/validation/text";
import { findAreas } from "./find-areas";

/** A requirement's editable fields and version, with the areas it may move to. */
export async function getRequirementForEditing(db: DbOrTx, modificationId: string, ref: string) {
  if (!isLookupKey(ref, 20)) throw new AppError("NOT_FOUND", "There is no such requirement.");
  const [requirement, areas] = await Promise.all([
    db.requirement.findUnique({
      where: { modificationId_ref: { modificationId, ref: ref.toUpperCase() } },
      select: { id: true, ref: true, title: true, body: true, status: true, areaId: true, version: true },
    }),
    findAreas(db, modificationId),
  ]);
  if (!requirement) throw new AppError("NOT_FOUND", `There is no requirement ${ref}.`);
  return { requirement, areas };
}
