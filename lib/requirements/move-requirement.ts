import type { CurrentUser } from "@/lib/auth/current-user";
import { requirePermission } from "@/lib/auth/require-permission";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";

/** Swaps a requirement with its neighbour in the same area. Order is not part of a requirement's text, so no version. */
export async function moveRequirement(
  db: Db,
  actor: CurrentUser | null,
  { requirementId, direction }: { requirementId: string; direction: "up" | "down" },
): Promise<void> {
  requirePermission(actor, "requirement.edit");
  await db.$transaction(async (tx) => {
    const me = await tx.requirement.findUnique({ where: { id: requirementId }, select: { id: true, ref: true, areaId: true, position: true, modificationId: true } });
    if (!me) throw new AppError("NOT_FOUND", "That requirement no longer exists.");
    const neighbour = await tx.requirement.findFirst({
      where: { areaId: me.areaId, position: direction === "up" ? { lt: me.position } : { gt: me.position } },
      orderBy: { position: direction === "up" ? "desc" : "asc" },
      select: { id: true, ref: true, position: true },
    });
    if (!neighbour) return; // already first (or last) in its area
    await tx.requirement.update({ where: { id: me.id }, data: { position: neighbour.position } });
    await tx.requirement.update({ where: { id: neighbour.id }, data: { position: me.position } });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      modificationId: me.modificationId,
      action: "requirement.moved",
      entityType: "Requirement",
      entityId: me.id,
      before: { position: me.position },
      after: { position: neighbour.position, swappedWith: neighbour.ref },
    });
  });
}
