import { z } from "zod";
import type { DbOrTx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { decoyHash, verifyPassword } from "./password";

/** After this many failures for one email within the window, sign-in is refused until the window passes. */
export const THROTTLE = { maxFailures: 5, windowMinutes: 15 } as const;

export const credentialsSchema = z.object({
  email: z.string("Enter your email address").trim().toLowerCase().pipe(z.email("Enter an email address like name@example.com")),
  password: z.string("Enter your password").min(1, "Enter your password").max(256, "Passwords are at most 256 characters"),
});

export type SignedInUser = { id: string; email: string; name: string };

/**
 * Checks an email and password. Returns the user, or null for bad credentials (the caller
 * shows one message for both a wrong email and a wrong password). Every attempt is recorded.
 */
export async function signInWithPassword(db: DbOrTx, input: unknown): Promise<SignedInUser | null> {
  const parsed = credentialsSchema.safeParse(input);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;

  if ((await recentFailures(db, email)) >= THROTTLE.maxFailures) {
    throw new AppError("TOO_MANY_ATTEMPTS", `Too many failed sign-in attempts for this email. Wait ${THROTTLE.windowMinutes} minutes and try again.`);
  }

  const user = await db.user.findUnique({ where: { email }, select: { id: true, email: true, name: true, passwordHash: true, disabled: true } });
  const passwordMatches = await verifyPassword(user?.passwordHash ?? (await decoyHash()), password);
  const succeeded = Boolean(user && !user.disabled && passwordMatches);
  await db.signInAttempt.create({ data: { email, succeeded } });
  return succeeded && user ? { id: user.id, email: user.email, name: user.name } : null;
}

/** Failures within the window since the last success. */
async function recentFailures(db: DbOrTx, email: string): Promise<number> {
  const windowStart = new Date(Date.now() - THROTTLE.windowMinutes * 60_000);
  const lastSuccess = await db.signInAttempt.findFirst({
    where: { email, succeeded: true, createdAt: { gte: windowStart } },
    orderBy: { createdAt: "desc" },
    select: { createdAt: true },
  });
  return db.signInAttempt.count({
    where: { email, succeeded: false, createdAt: { gt: lastSuccess?.createdAt ?? windowStart } },
  });
}
