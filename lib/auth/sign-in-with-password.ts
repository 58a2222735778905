import "server-only";
import { z } from "zod";
import type { Db, DbOrTx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { decoyHash, verifyPassword } from "./password";

/**
 * The sign-in throttle (see README, "Signing in"). Per email: the first `freeFailures` failures
 * since the last success cost nothing; after that each attempt must wait `firstDelaySeconds`
 * after the last failure, doubling with every further failure up to `maxDelaySeconds`. Per client
 * address: at most `addressMaxFailures` failures, across all emails, in `addressWindowMinutes`.
 * Refused attempts are not evaluated and not counted, so they never lengthen a delay.
 */
export const THROTTLE = {
  freeFailures: 5,
  firstDelaySeconds: 30,
  maxDelaySeconds: 15 * 60,
  /** Failures older than this are forgotten (and their rows removed). */
  memoryHours: 24,
  addressMaxFailures: 30,
  addressWindowMinutes: 15,
} as const;

export const credentialsSchema = z.object({
  email: z.string("Enter your email address").trim().toLowerCase().pipe(z.email("Enter an email address like name@example.com")),
  password: z.string("Enter your password").min(1, "Enter your password").max(256, "Passwords are at most 256 characters"),
});

export type SignedInUser = { id: string; email: string; name: string };

/**
 * Checks an email and password from `clientAddress` (a bucket from clientAddressBucket). Returns
 * the user, or null for bad credentials (the caller shows one message for a wrong email and a
 * wrong password); throws TOO_MANY_ATTEMPTS, with `details.retryAfterSeconds`, when throttled.
 */
export async function signInWithPassword(db: Db, input: unknown, { clientAddress }: { clientAddress: string }): Promise<SignedInUser | null> {
  const parsed = credentialsSchema.safeParse(input);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;

  const attemptId = await reserveAttempt(db, email, clientAddress);
  const user = await db.user.findUnique({ where: { email }, select: { id: true, email: true, name: true, passwordHash: true, disabled: true } });
  const passwordMatches = await verifyPassword(user?.passwordHash ?? (await decoyHash()), password);
  const succeeded = Boolean(user && !user.disabled && passwordMatches);
  await db.signInAttempt.update({ where: { id: attemptId }, data: { succeeded } });
  await forgetOldAttempts(db);
  return succeeded && user ? { id: user.id, email: user.email, name: user.name } : null;
}

/** How long an email must wait after its last failure, given its failures since the last success. */
export function delayAfterFailures(failures: number): number {
  if (failures < THROTTLE.freeFailures) return 0;
  return Math.min(THROTTLE.firstDelaySeconds * 2 ** (failures - THROTTLE.freeFailures), THROTTLE.maxDelaySeconds);
}

/**
 * Check and count in one step: under a transaction-scoped advisory lock per email and per address
 * (always taken in that order, so two attempts cannot deadlock), decide whether this attempt may
 * be evaluated and, if so, record it as not yet succeeded before the lock is released. Parallel
 * guesses therefore queue and each sees the others, on one app server or many.
 */
async function reserveAttempt(db: Db, email: string, clientAddress: string): Promise<bigint> {
  return db.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`sign-in email ${email}`}, 0))`;
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`sign-in address ${clientAddress}`}, 0))`;
      const now = new Date();
      await refuseBusyAddress(tx, clientAddress, now);
      await refuseUntilDelayPassed(tx, email, now);
      const { id } = await tx.signInAttempt.create({ data: { email, clientAddress, succeeded: null, createdAt: now }, select: { id: true } });
      return id;
    },
    // Attempts for one email or address wait for each other here: give the queue room.
    { maxWait: 15_000, timeout: 15_000 },
  );
}

const NOT_SUCCEEDED = [{ succeeded: false }, { succeeded: null }];

async function refuseBusyAddress(tx: DbOrTx, clientAddress: string, now: Date): Promise<void> {
  const windowMs = THROTTLE.addressWindowMinutes * 60_000;
  const where = { clientAddress, OR: NOT_SUCCEEDED, createdAt: { gt: new Date(now.getTime() - windowMs) } };
  const failures = await tx.signInAttempt.count({ where });
  if (failures < THROTTLE.addressMaxFailures) return;
  // The limit lifts when enough of these failures have left the window.
  const [oldest] = await tx.signInAttempt.findMany({ where, orderBy: { createdAt: "asc" }, skip: failures - THROTTLE.addressMaxFailures, take: 1, select: { createdAt: true } });
  const retryAfterSeconds = secondsUntil(oldest!.createdAt.getTime() + windowMs, now);
  throw tooMany(`Too many failed sign-in attempts from your network. Try again in ${duration(retryAfterSeconds)}.`, retryAfterSeconds);
}

async function refuseUntilDelayPassed(tx: DbOrTx, email: string, now: Date): Promise<void> {
  const memoryStart = new Date(now.getTime() - THROTTLE.memoryHours * 3_600_000);
  const lastSuccess = await tx.signInAttempt.findFirst({
    where: { email, succeeded: true, createdAt: { gte: memoryStart } },
    orderBy: { createdAt: "desc" },
    select: { createdAt: true },
  });
  const failed = await tx.signInAttempt.aggregate({
    where: { email, OR: NOT_SUCCEEDED, createdAt: { gt: lastSuccess?.createdAt ?? memoryStart } },
    _count: { _all: true },
    _max: { createdAt: true },
  });
  const delaySeconds = delayAfterFailures(failed._count._all);
  if (delaySeconds === 0 || !failed._max.createdAt) return;
  const retryAfterSeconds = secondsUntil(failed._max.createdAt.getTime() + delaySeconds * 1000, now);
  if (retryAfterSeconds > 0) {
    throw tooMany(`Too many failed sign-in attempts for this email. Try again in ${duration(retryAfterSeconds)}.`, retryAfterSeconds);
  }
}

/** Keeps the table small: rows past the memory window go with each attempt. */
async function forgetOldAttempts(db: DbOrTx): Promise<void> {
  await db.signInAttempt.deleteMany({ where: { createdAt: { lt: new Date(Date.now() - THROTTLE.memoryHours * 3_600_000) } } });
}

function tooMany(message: string, retryAfterSeconds: number): AppError {
  return new AppError("TOO_MANY_ATTEMPTS", message, {}, { retryAfterSeconds });
}

function secondsUntil(time: number, now: Date): number {
  return Math.max(0, Math.ceil((time - now.getTime()) / 1000));
}

function duration(seconds: number): string {
  if (seconds < 60) return `${seconds} second${seconds === 1 ? "" : "s"}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} minute${minutes === 1 ? "" : "s"}`;
}
