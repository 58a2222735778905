import "server-only";
import type { CurrentUser } from "@/lib/auth/current-user";
import { requirePermission } from "@/lib/auth/require-permission";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { findInModification } from "@/lib/modifications/find-in-modification";
import { lockAreas } from "./lock-areas";

/** Swaps a requirement with its neighbour in the same area. Order is not part of a requirement's text, so no version. */
export async function moveRequirement(
  db: Db,
  actor: CurrentUser | null,
  { modificationId, requirementId, direction }: { modificationId: string; requirementId: string; direction: "up" | "down" },
): Promise<void> {
  requirePermission(actor, "requirement.edit");
  await db.$transaction(async (tx) => {
    const found = await findInModification(modificationId, requirementId, (where) => tx.requirement.findFirst({ where, select: { areaId: true } }), "requirement");
    // Positions are read only once the area is ours: a move that waited sees the one before it.
    await lockAreas(tx, found.areaId);
    const me = await tx.requirement.findFirst({
      where: { id: requirementId, areaId: found.areaId },
      select: { id: true, ref: true, areaId: true, position: true, modificationId: true },
    });
    if (!me) throw new AppError("CONFLICT", "Someone moved that requirement to another area meanwhile: look at the list again and retry.");
    const neighbour = await tx.requirement.findFirst({
      where: { areaId: me.areaId, position: direction === "up" ? { lt: me.position } : { gt: me.position } },
      orderBy: { position: direction === "up" ? "desc" : "asc" },
      select: { id: true, ref: true, position: true },
    });
    if (!neighbour) return; // already first (or last) in its area
    // Positions are unique in an area (checked row by row), so one of the two steps aside first.
    await tx.requirement.update({ where: { id: me.id }, data: { position: -1 } });
    await tx.requirement.update({ where: { id: neighbour.id }, data: { position: me.position } });
    await tx.requirement.update({ where: { id: me.id }, data: { position: neighbour.position } });
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
