import type { CurrentUser } from "@/lib/auth/current-user";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { RequirementStatus } from "@/lib/generated/prisma/enums";
import { currentLinkLabels } from "./links";

export type RequirementState = { title: string; body: string; status: RequirementStatus; areaId: string; position: number };

/** What the other person saved, for the conflict view. */
export type ConflictDetails = { version: number; title: string; body: string; status: RequirementStatus; areaId: string; author: string; savedAt: string };

/**
 * Every change to a requirement goes through here: the row is updated only if it is still at the
 * version the editor started from, a full snapshot is appended as the next version, and the audit
 * event is written — all in the caller's transaction. A stale version writes nothing and throws CONFLICT
 * with the other person's version.
 */
export async function saveRequirementVersion(
  tx: Prisma.TransactionClient,
  actor: CurrentUser,
  { requirementId, expectedVersion, next, changeNote, action }: { requirementId: string; expectedVersion: number; next: RequirementState; changeNote: string; action: string },
): Promise<{ version: number }> {
  const before = await tx.requirement.findUniqueOrThrow({
    where: { id: requirementId },
    select: { modificationId: true, title: true, body: true, status: true, areaId: true, position: true, version: true },
  });
  const version = expectedVersion + 1;
  // The place in the area changes only with the area: a move by someone else meanwhile (moves keep
  // the version) must not be undone by writing back the position this edit started from.
  const { position, ...fields } = next;
  const place = next.areaId === before.areaId ? {} : { position };
  const { count } = await tx.requirement.updateMany({ where: { id: requirementId, version: expectedVersion }, data: { ...fields, ...place, version } });
  if (count === 0) throw await conflict(tx, requirementId);
  const links = await currentLinkLabels(tx, requirementId);
  await tx.requirementVersion.create({
    data: { requirementId, version, title: next.title, body: next.body, status: next.status, areaId: next.areaId, links, authorId: actor.id, changeNote },
  });
  const { modificationId, ...beforeFields } = before;
  await recordAuditEvent(tx, {
    actorId: actor.id,
    modificationId,
    action,
    entityType: "Requirement",
    entityId: requirementId,
    before: beforeFields,
    after: { ...next, version, changeNote },
  });
  return { version };
}

async function conflict(tx: Prisma.TransactionClient, requirementId: string): Promise<AppError> {
  const theirs = await tx.requirement.findUniqueOrThrow({
    where: { id: requirementId },
    select: {
      version: true,
      title: true,
      body: true,
      status: true,
      areaId: true,
      versions: { orderBy: { version: "desc" }, take: 1, select: { createdAt: true, author: { select: { name: true } } } },
    },
  });
  const latest = theirs.versions[0];
  const details: ConflictDetails = {
    version: theirs.version,
    title: theirs.title,
    body: theirs.body,
    status: theirs.status,
    areaId: theirs.areaId,
    author: latest?.author.name ?? "someone",
    savedAt: latest?.createdAt.toISOString() ?? new Date().toISOString(),
  };
  return new AppError(
    "CONFLICT",
    `${details.author} saved version ${details.version} while you were editing. Nothing of yours was lost or saved: compare the two below, then save your text on top of theirs if it should still apply.`,
    {},
    details,
  );
}
