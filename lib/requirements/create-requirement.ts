import "server-only";
import type { CurrentUser } from "@/lib/auth/current-user";
import { requirePermission } from "@/lib/auth/require-permission";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { lockAreas } from "./lock-areas";
import { formatRequirementRef } from "./refs";
import type { RequirementFields } from "./schemas";

export type NewRequirement = { modificationId: string; fields: RequirementFields; changeNote: string };

/**
 * A new draft requirement with the modification's next reference (BR-16 after BR-15, never reused,
 * even after a withdrawal), at the end of its area, with its first version and audit event.
 */
export async function createRequirement(db: Db, actor: CurrentUser | null, input: NewRequirement): Promise<{ ref: string }> {
  requirePermission(actor, "requirement.create");
  return db.$transaction((tx) => createRequirementIn(tx, actor, input));
}

/** The same, inside a transaction the caller runs (an import applies many rows in one). The caller checks permission. */
export async function createRequirementIn(
  tx: Prisma.TransactionClient,
  actor: CurrentUser,
  { modificationId, fields, changeNote }: NewRequirement,
): Promise<{ ref: string }> {
  const area = await tx.requirementArea.findFirst({ where: { id: fields.areaId, modificationId }, select: { id: true } });
  if (!area) throw new AppError("VALIDATION", "Please correct the highlighted fields.", { areaId: ["Choose an area of this modification"] });
  await lockAreas(tx, area.id);
  // The increment locks the modification's row, so two people creating at once get consecutive numbers.
  const { nextRequirementNumber } = await tx.modification.update({
    where: { id: modificationId },
    data: { nextRequirementNumber: { increment: 1 } },
    select: { nextRequirementNumber: true },
  });
  const number = nextRequirementNumber - 1;
  const last = await tx.requirement.aggregate({ where: { areaId: area.id }, _max: { position: true } });
  const requirement = await tx.requirement.create({
    data: {
      modificationId,
      number,
      ref: formatRequirementRef(number),
      areaId: area.id,
      position: (last._max.position ?? 0) + 1,
      title: fields.title,
      body: fields.body,
      versions: { create: { version: 1, title: fields.title, body: fields.body, status: "DRAFT", areaId: area.id, authorId: actor.id, changeNote } },
    },
    select: { id: true, ref: true, title: true, body: true, status: true, areaId: true, version: true },
  });
  const { id, ...after } = requirement;
  await recordAuditEvent(tx, { actorId: actor.id, modificationId, action: "requirement.created", entityType: "Requirement", entityId: id, after: { ...after, changeNote } });
  return { ref: requirement.ref };
}
