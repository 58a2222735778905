import "server-only";
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
export type RequirementEdit = {
  modificationId: string;
  requirementId: string;
  expectedVersion: number;
  fields: RequirementFields;
  changeNote: string;
  /** The open threads on this requirement the edit addresses: recorded against the new version ("addressed in version 5"). */
  addressesCommentIds?: string[];
};

export async function updateRequirement(db: Db, actor: CurrentUser | null, edit: RequirementEdit): Promise<{ version: number; ref: string }> {
  requirePermission(actor, "requirement.edit");
  return db.$transaction((tx) => updateRequirementIn(tx, actor, edit));
}

/** The same, inside a transaction the caller runs (an import applies many rows in one). The caller checks permission. */
export async function updateRequirementIn(
  tx: Prisma.TransactionClient,
  actor: CurrentUser,
  { modificationId, requirementId, expectedVersion, fields, changeNote, addressesCommentIds = [] }: RequirementEdit,
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

  const addressed = await openThreadsOn(tx, requirementId, addressesCommentIds);
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
    addresses: addressed.map((c) => `C-${c.number}`),
  });
  if (addressed.length > 0) {
    const { id: requirementVersionId } = await tx.requirementVersion.findUniqueOrThrow({ where: { requirementId_version: { requirementId, version: saved.version } }, select: { id: true } });
    await tx.commentAddressedIn.createMany({ data: addressed.map((c) => ({ commentId: c.id, requirementVersionId, recordedById: actor.id })) });
  }
  return { ...saved, ref: current.ref };
}

const NOT_OPEN_THREAD = "A comment you ticked is no longer an open thread on this requirement (resolved or withdrawn meanwhile): reload the page.";

/** The ticked comments, each an open (not resolved, not withdrawn) thread on this requirement — else nothing is saved. */
async function openThreadsOn(tx: Prisma.TransactionClient, requirementId: string, ids: string[]) {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return [];
  const threads = await tx.comment.findMany({
    where: { id: { in: unique }, requirementId, parentId: null, withdrawnAt: null, status: { not: "RESOLVED" } },
    select: { id: true, number: true },
    orderBy: { number: "asc" },
  });
  if (threads.length !== unique.length) throw new AppError("VALIDATION", NOT_OPEN_THREAD, { addresses: [NOT_OPEN_THREAD] });
  return threads.map((t) => ({ id: t.id, number: t.number! }));
}
