import type { CurrentUser } from "@/lib/auth/current-user";
import { requirePermission } from "@/lib/auth/require-permission";
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { findInModification } from "@/lib/modifications/find-in-modification";
import { lockAreas } from "./lock-areas";
import { COMPARE_BELOW, saveRequirementVersion } from "./save-requirement-version";
import type { RequirementFields } from "./schemas";

/**
 * Saves an edit as the next version, if nobody saved in between (see saveRequirementVersion).
 * Changing the words of an agreed requirement returns it to Proposed: the Working Group must agree again.
 */
export type RequirementEdit = { modificationId: string; requirementId: string; expectedVersion: number; fields: RequirementFields; changeNote: string };

export async function updateRequirement(db: Db, actor: CurrentUser | null, edit: RequirementEdit): Promise<{ version: number; ref: string }> {
  requirePermission(actor, "requirement.edit");
  return db.$transaction((tx) => updateRequirementIn(tx, actor, edit));
}

/** The same, inside a transaction the caller runs (an import applies many rows in one). The caller checks permission. */
export async function updateRequirementIn(
  tx: Prisma.TransactionClient,
  actor: CurrentUser,
  { modificationId, requirementId, expectedVersion, fields, changeNote }: RequirementEdit,
): Promise<{ version: number; ref: string }> {
  const current = await findInModification(
    modificationId,
    requirementId,
    (where) => tx.requirement.findFirst({ where, select: { ref: true, title: true, body: true, status: true, areaId: true, position: true } }),
    "requirement",
  );
  if (current.status === "WITHDRAWN") throw new AppError("VALIDATION", "A withdrawn requirement cannot be edited: reinstate it as a draft first.");
  const area = await tx.requirementArea.findFirst({ where: { id: fields.areaId, modificationId }, select: { id: true } });
  if (!area) throw new AppError("VALIDATION", "Please correct the highlighted fields.", { areaId: ["Choose an area of this modification"] });

  const wordsChanged = fields.title !== current.title || fields.body !== current.body;
  const movedArea = fields.areaId !== current.areaId;
  // Both areas: the one it leaves, so no move there swaps it half-way, and the one it joins the end of.
  if (movedArea) await lockAreas(tx, current.areaId, fields.areaId);
  const position = movedArea
    ? ((await tx.requirement.aggregate({ where: { areaId: fields.areaId }, _max: { position: true } }))._max.position ?? 0) + 1
    : current.position;
  const status = current.status === "AGREED" && wordsChanged ? "PROPOSED" : current.status;
  const saved = await saveRequirementVersion(tx, actor, {
    requirementId,
    expectedVersion,
    next: { ...fields, status, position },
    changeNote,
    action: "requirement.updated",
    nextStep: COMPARE_BELOW,
  });
  return { ...saved, ref: current.ref };
}
