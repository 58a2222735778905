import "server-only";
import { cookies } from "next/headers";
import { cache } from "react";
import { db, type DbOrTx } from "@/lib/db";
import type { Committee, PartyCategory, Role } from "@/lib/generated/prisma/enums";
import { readSessionToken, sessionCookie } from "./session-token";

export type CurrentUser = {
  id: string;
  email: string;
  name: string;
  role: Role;
  /** A reviewer's committee (the rounds they may comment in); null for other roles. */
  committee: Committee | null;
  /** The organisation they act for (a party respondent answers and records impacts for it only). */
  organisationId: string | null;
  organisation: { name: string; partyCategory: PartyCategory | null } | null;
  /** Unread notifications in their inbox, for the header: counted in the same statement as the user. */
  unreadNotifications: number;
};

const CURRENT_USER_FIELDS = {
  id: true,
  email: true,
  name: true,
  role: true,
  committee: true,
  organisationId: true,
  organisation: { select: { name: true, partyCategory: true } },
  _count: { select: { notifications: { where: { readAt: null } } } },
} as const;

type UserRow = Omit<CurrentUser, "unreadNotifications"> & { _count: { notifications: number } };
const toCurrentUser = (row: UserRow | null): CurrentUser | null => {
  if (!row) return null;
  const { _count, ...user } = row;
  return { ...user, unreadNotifications: _count.notifications };
};

/** The signed-in user of this request: every page (authorizePage) and every action (performMutation) asks this. */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const cookieValue = (await cookies()).get(sessionCookie().name)?.value;
  // No cookie, no database: `next build` renders pages for a visitor with no database at all.
  return cookieValue ? resolveSession(db(), cookieValue) : null;
});

/**
 * The request-level check: a session cookie's value → its Session row → the active user, or null.
 * Refused when the cookie is forged or expired, the session was signed out, revoked or has
 * expired, or the account is disabled or gone. One query (the user row, with the session as an
 * EXISTS condition, its organisation and unread count as LATERAL joins — the relationJoins
 * preview), so a disabled account or a changed role takes effect at once.
 */
export async function resolveSession(db: DbOrTx, cookieValue: string | undefined): Promise<CurrentUser | null> {
  const claims = await readSessionToken(cookieValue);
  if (!claims) return null;
  return toCurrentUser(
    await db.user.findFirst({
      where: {
        id: claims.userId,
        disabled: false,
        sessions: { some: { id: claims.sessionId, revokedAt: null, expiresAt: { gt: new Date() } } },
      },
      select: CURRENT_USER_FIELDS,
    }),
  );
}

/** An active account as the app sees it, without a session: for tests and scripts that act as someone. */
export async function findActiveUser(id: string): Promise<CurrentUser | null> {
  return toCurrentUser(await db().user.findFirst({ where: { id, disabled: false }, select: CURRENT_USER_FIELDS }));
}
