import "server-only";
import type { CurrentUser } from "@/lib/auth/current-user";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { RequirementStatus } from "@/lib/generated/prisma/enums";
import { updateAtVersion, type VersionConflict } from "@/lib/versioning/update-at-version";
import { currentLinkLabels } from "./links";

/** The kinds of change that make a new version of a requirement. */
export type RequirementVersionAction = "requirement.updated" | "requirement.statusChanged" | "requirement.linked" | "requirement.unlinked";

export type RequirementState = { title: string; body: string; status: RequirementStatus; areaId: string; position: number };

/** What the other person saved, for the conflict view. */
export type ConflictDetails = VersionConflict<{ title: string; body: string; status: RequirementStatus; areaId: string }>;

/** The edit form shows their version beside the editor's text; the other forms only say what happened. */
export const COMPARE_BELOW = "compare the two below, then save your text on top of theirs if it should still apply.";

/**
 * Every change to a requirement goes through here: the row is updated only if it is still at the
 * version the editor started from, a full snapshot is appended as the next version, and the audit
 * event is written — all in the caller's transaction. A stale version writes nothing and throws CONFLICT
 * (update-at-version.ts) with the other person's version.
 */
export async function saveRequirementVersion(
  tx: Prisma.TransactionClient,
  actor: CurrentUser,
  {
    requirementId,
    expectedVersion,
    next,
    changeNote,
    action,
    nextStep,
    addresses,
  }: {
    requirementId: string;
    expectedVersion: number;
    next: RequirementState;
    changeNote: string;
    action: RequirementVersionAction;
    nextStep?: string;
    /** The threads (C-n) this version addresses, for its audit event. */
    addresses?: string[];
  },
): Promise<{ version: number }> {
  const { modificationId, ref, ...before } = await tx.requirement.findUniqueOrThrow({
    where: { id: requirementId },
    select: { modificationId: true, ref: true, title: true, body: true, status: true, areaId: true, position: true, version: true },
  });
  // The place in the area changes only with the area: a move by someone else meanwhile (moves keep
  // the version) must not be undone by writing back the position this edit started from.
  const { position, ...fields } = next;
  const place = next.areaId === before.areaId ? {} : { position };
  const { version } = await updateAtVersion(tx, "Requirement", {
    id: requirementId,
    expectedVersion,
    data: { ...fields, ...place },
    what: ref,
    nextStep,
    theirs: () => tx.requirement.findUniqueOrThrow({ where: { id: requirementId }, select: { title: true, body: true, status: true, areaId: true } }),
  });
  const links = await currentLinkLabels(tx, requirementId);
  await tx.requirementVersion.create({
    data: { requirementId, version, title: next.title, body: next.body, status: next.status, areaId: next.areaId, links, authorId: actor.id, changeNote },
  });
  await recordAuditEvent(tx, {
    actorId: actor.id,
    modificationId,
    action,
    entityType: "Requirement",
    entityId: requirementId,
    before,
    after: { ...next, version, changeNote, ...(addresses && addresses.length > 0 ? { addresses } : {}) },
  });
  return { version };
}
