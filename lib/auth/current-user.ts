import { cookies } from "next/headers";
import { cache } from "react";
import { db, type DbOrTx } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
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
  /** Unread notifications in their inbox, for the header: read in the same statement as the user. */
  unreadNotifications: number;
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
 * expired, or the account is disabled or gone. One statement (the user row, with the session as
 * an EXISTS condition, the organisation joined and the unread notifications counted), so a
 * disabled account or a changed role takes effect at once, at the cost of one query per request.
 */
export async function resolveSession(db: DbOrTx, cookieValue: string | undefined): Promise<CurrentUser | null> {
  const claims = await readSessionToken(cookieValue);
  if (!claims) return null;
  return selectActiveUser(
    db,
    claims.userId,
    Prisma.sql`AND EXISTS (SELECT 1 FROM "Session" s WHERE s."id" = ${claims.sessionId} AND s."userId" = u."id" AND s."revokedAt" IS NULL AND s."expiresAt" > ${new Date()})`,
  );
}

/** An active account as the app sees it, without a session: for tests and scripts that act as someone. */
export async function findActiveUser(id: string): Promise<CurrentUser | null> {
  return selectActiveUser(db(), id, Prisma.empty);
}

type Row = Omit<CurrentUser, "organisation"> & { organisationName: string | null; partyCategory: PartyCategory | null };

/**
 * Raw SQL, so that it stays one statement: Prisma (without its relationJoins preview) reads a
 * relation such as the organisation with a second query. The count uses the Notification index
 * on (userId, readAt, …).
 */
async function selectActiveUser(db: DbOrTx, id: string, andSession: Prisma.Sql): Promise<CurrentUser | null> {
  const [row] = await db.$queryRaw<Row[]>`
    SELECT u."id", u."email", u."name", u."role"::text AS "role", u."committee"::text AS "committee", u."organisationId",
      o."name" AS "organisationName", o."partyCategory"::text AS "partyCategory",
      (SELECT count(*)::int FROM "Notification" n WHERE n."userId" = u."id" AND n."readAt" IS NULL) AS "unreadNotifications"
    FROM "User" u LEFT JOIN "Organisation" o ON o."id" = u."organisationId"
    WHERE u."id" = ${id} AND NOT u."disabled" ${andSession}`;
  if (!row) return null;
  const { organisationName, partyCategory, ...user } = row;
  return { ...user, organisation: organisationName === null ? null : { name: organisationName, partyCategory } };
}
