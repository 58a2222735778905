import "server-only";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { expireAfterSystemChange } from "@/lib/cache/expire-changed";
import type { Db } from "@/lib/db";

/**
 * Closes the open consultations whose window has passed — of one modification, or one
 * consultation of it — as of `now`, as lib/reviews/close-if-past-window.ts does for rounds: no
 * scheduler, every reader and command that touches a consultation calls this first, so nobody
 * answers past the close. It closes at its closesAt, its version moves on, the audit event has no
 * actor; two callers at once close it once. Returns the ids it closed.
 */
export async function closeConsultationsPastWindow(db: Db, scope: { modificationId: string; consultationId?: string }, now = new Date()): Promise<string[]> {
  const due = await db.consultation.findMany({
    where: { modificationId: scope.modificationId, ...(scope.consultationId ? { id: scope.consultationId } : {}), status: "OPEN", closesAt: { lte: now } },
    select: { id: true, closesAt: true, version: true },
  });
  const closed: string[] = [];
  for (const consultation of due) {
    const done = await db.$transaction(async (tx) => {
      const { count } = await tx.consultation.updateMany({
        where: { id: consultation.id, status: "OPEN" },
        data: { status: "CLOSED", closedAt: consultation.closesAt, version: { increment: 1 } },
      });
      if (count === 0) return false;
      await recordAuditEvent(tx, {
        actorId: null,
        modificationId: scope.modificationId,
        action: "consultation.closedAutomatically",
        entityType: "Consultation",
        entityId: consultation.id,
        before: { status: "OPEN", version: consultation.version },
        after: { status: "CLOSED", closedAt: consultation.closesAt.toISOString(), version: consultation.version + 1 },
      });
      return true;
    });
    if (done) closed.push(consultation.id);
  }
  if (closed.length > 0) expireAfterSystemChange(scope.modificationId);
  return closed;
}
