import { hostname } from "node:os";
import type { DbOrTx } from "@/lib/db";
import type { MailTransport } from "./mail-transport";

/** How long a sender's claim on a row lasts: longer than one send can take (see mail-transport.ts), so a crashed sender's rows are retried after it. */
export const CLAIM_MS = 5 * 60_000;
const BATCH = 20;
const DEFAULT_WORKER = `${hostname()}:${process.pid}`;

/** Wait before the next attempt after `attempts` failures: 1 minute, doubling, at most an hour. Never given up: an email is not lost. */
export function retryDelayMs(attempts: number): number {
  return Math.min(60 * 60_000, 60_000 * 2 ** Math.max(0, attempts - 1));
}

type Claimed = { id: bigint; toAddress: string; subject: string; body: string };

/**
 * Sends what is due in the outbox, after the transactions that wrote it have committed. Several
 * senders (app servers) may run at once: each claims due rows in one statement that skips rows
 * another is claiming (FOR UPDATE SKIP LOCKED) and marks them locked for CLAIM_MS, so no row is
 * sent by two. A sent row gets sentAt; a failure counts an attempt, keeps the error and backs off
 * (retryDelayMs). After a failure the rest of the batch is released untried: the server is
 * probably down, and they go at the next run. A sender that crashes after sending but before
 * marking the row sent would see it sent again once its claim lapses — the one case of a repeat.
 */
export async function deliverOutbox(
  db: DbOrTx,
  transport: MailTransport,
  { from, workerId = DEFAULT_WORKER, now = () => new Date() }: { from: string; workerId?: string; now?: () => Date },
): Promise<{ sent: number; failed: number }> {
  let sent = 0;
  for (;;) {
    const claimed = await claimDueEmails(db, workerId, now());
    if (claimed.length === 0) return { sent, failed: 0 };
    for (const [i, email] of claimed.entries()) {
      try {
        await transport.sendMail({ from, to: email.toAddress, subject: email.subject, text: email.body });
      } catch (error) {
        await recordFailure(db, workerId, email.id, error, now());
        await release(db, workerId, claimed.slice(i + 1).map((e) => e.id));
        return { sent, failed: 1 };
      }
      await db.outboxEmail.updateMany({ where: { id: email.id, lockedBy: workerId }, data: { sentAt: now(), lockedUntil: null, lockedBy: null } });
      sent++;
    }
  }
}

function claimDueEmails(db: DbOrTx, workerId: string, now: Date): Promise<Claimed[]> {
  return db.$queryRaw<Claimed[]>`
    UPDATE "OutboxEmail" SET "lockedUntil" = ${new Date(now.getTime() + CLAIM_MS)}, "lockedBy" = ${workerId}
    WHERE "id" IN (
      SELECT "id" FROM "OutboxEmail"
      WHERE "sentAt" IS NULL AND "nextAttemptAt" <= ${now} AND ("lockedUntil" IS NULL OR "lockedUntil" <= ${now})
      ORDER BY "nextAttemptAt", "id" LIMIT ${BATCH}
      FOR UPDATE SKIP LOCKED)
    RETURNING "id", "toAddress", "subject", "body"`;
}

async function recordFailure(db: DbOrTx, workerId: string, id: bigint, error: unknown, now: Date) {
  const row = await db.outboxEmail.findUniqueOrThrow({ where: { id }, select: { attempts: true } });
  const attempts = row.attempts + 1;
  const lastError = (error instanceof Error ? error.message : String(error)).slice(0, 1000);
  await db.outboxEmail.updateMany({
    where: { id, lockedBy: workerId },
    data: { attempts, lastError, nextAttemptAt: new Date(now.getTime() + retryDelayMs(attempts)), lockedUntil: null, lockedBy: null },
  });
}

async function release(db: DbOrTx, workerId: string, ids: bigint[]) {
  if (ids.length > 0) await db.outboxEmail.updateMany({ where: { id: { in: ids }, lockedBy: workerId }, data: { lockedUntil: null, lockedBy: null } });
}
