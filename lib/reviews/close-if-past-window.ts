import "server-only";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { expireAfterSystemChange } from "@/lib/cache/expire-changed";
import type { Db } from "@/lib/db";

export const AUTOMATIC_CLOSE = "reviewRound.closedAutomatically";

/**
 * Closes the open rounds whose window has passed — of one modification, or one round of it — as
 * of `now`. There is no scheduler: every reader and command that touches a round calls this first,
 * so nobody sees, or comments in, a round past its window. The round closes at its closesAt (not
 * when it was noticed), its version moves on (an edit form opened before is now stale), and the
 * audit event has no actor: the system did it. One query when there is nothing to close; two
 * callers at once close a round once (the update re-checks that it is still open).
 * Returns the ids of the rounds it closed.
 */
export async function closeIfPastWindow(db: Db, scope: { modificationId: string; roundId?: string }, now = new Date()): Promise<string[]> {
  const due = await db.reviewRound.findMany({
    where: { modificationId: scope.modificationId, ...(scope.roundId ? { id: scope.roundId } : {}), status: "OPEN", closesAt: { lte: now } },
    select: { id: true, closesAt: true, version: true },
  });
  const closed: string[] = [];
  for (const round of due) {
    const done = await db.$transaction(async (tx) => {
      const { count } = await tx.reviewRound.updateMany({
        where: { id: round.id, status: "OPEN" },
        data: { status: "CLOSED", closedAt: round.closesAt, version: { increment: 1 } },
      });
      if (count === 0) return false;
      await recordAuditEvent(tx, {
        actorId: null,
        modificationId: scope.modificationId,
        action: AUTOMATIC_CLOSE,
        entityType: "ReviewRound",
        entityId: round.id,
        before: { status: "OPEN", version: round.version },
        after: { status: "CLOSED", closedAt: round.closesAt.toISOString(), version: round.version + 1 },
      });
      return true;
    });
    if (done) closed.push(round.id);
  }
  if (closed.length > 0) expireAfterSystemChange(scope.modificationId);
  return closed;
}
