import { randomBytes } from "node:crypto";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Db, DbOrTx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { CurrentUser } from "./current-user";
import { requirePermission } from "./require-permission";
import { createSessionToken, readSessionToken, SESSION_MAX_AGE_SECONDS } from "./session-token";

/**
 * Opens a session for a user who has just proved who they are, and returns the cookie value.
 * The user's sessions that have expired are removed on the way: they can never be used again.
 */
export async function startSession(db: DbOrTx, userId: string): Promise<string> {
  const now = Date.now();
  const sessionId = randomBytes(32).toString("base64url");
  await db.session.deleteMany({ where: { userId, expiresAt: { lt: new Date(now) } } });
  await db.session.create({ data: { id: sessionId, userId, expiresAt: new Date(now + SESSION_MAX_AGE_SECONDS * 1000) } });
  return createSessionToken({ userId, sessionId });
}

/** Signing out: the session behind this cookie value ends for good, wherever the cookie was copied. */
export async function endSession(db: DbOrTx, cookieValue: string | undefined): Promise<void> {
  const claims = await readSessionToken(cookieValue);
  if (!claims) return;
  await db.session.updateMany({ where: { id: claims.sessionId, userId: claims.userId, revokedAt: null }, data: { revokedAt: new Date() } });
}

/**
 * "Sign out everywhere": ends every open session of `userId`: one's own (`account.manage`), or
 * someone else's (`user.manage`, SECAS). Audited; returns how many sessions ended.
 */
export async function signOutEverywhere(db: Db, actor: CurrentUser | null, userId: string): Promise<{ ended: number }> {
  requirePermission(actor, userId === actor?.id ? "account.manage" : "user.manage");
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { id: true } });
    if (!user) throw new AppError("NOT_FOUND", "That account no longer exists.");
    const { count } = await tx.session.updateMany({ where: { userId, revokedAt: null, expiresAt: { gt: new Date() } }, data: { revokedAt: new Date() } });
    await recordAuditEvent(tx, { actorId: actor.id, action: "user.signedOutEverywhere", entityType: "User", entityId: userId, after: { sessionsEnded: count } });
    return { ended: count };
  });
}
