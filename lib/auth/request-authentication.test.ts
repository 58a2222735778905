import { beforeEach, describe, expect, it, vi } from "vitest";
import { PrismaPg } from "@prisma/adapter-pg";
import { z } from "zod";
import { performMutation } from "@/lib/actions/perform-mutation";
import { db } from "@/lib/db";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { createActor } from "@/test/support/actors";
import { resetDatabase } from "@/test/support/database";
import { createUser } from "@/lib/users/create-user";
import { newUserSchema } from "@/lib/users/schemas";
import { authorizePage } from "./authorize";
import { resolveSession, type CurrentUser } from "./current-user";
import { endSession, startSession } from "./sessions";
import { createSessionToken, sessionCookie } from "./session-token";

// The request's cookie jar is the one thing taken from Next.js here: the session check behind it
// (resolveSession) and everything after it run for real, against the real database.
const request = vi.hoisted(() => ({ cookie: undefined as string | undefined }));
vi.mock("next/headers", () => ({
  cookies: async () => ({ get: (name: string) => (name === sessionCookie().name && request.cookie ? { name, value: request.cookie } : undefined) }),
}));

const NEW_USER = newUserSchema.parse({ name: "Nia New", email: "nia@example.com", password: "a long enough password", role: "PARTY_RESPONDENT" });
const form = () => Object.entries({ ...NEW_USER, disabled: "" }).reduce((f, [k, v]) => (f.append(k, String(v ?? "")), f), new FormData());

/** Every way a once-valid SECAS session can stop being one. */
const ENDINGS: Record<string, (user: CurrentUser, cookie: string) => Promise<unknown>> = {
  "the user was disabled": (user) => db().user.update({ where: { id: user.id }, data: { disabled: true } }),
  "the user was deleted": (user) => db().user.delete({ where: { id: user.id } }),
  "the session was signed out": (_user, cookie) => endSession(db(), cookie),
  "the session was revoked everywhere": (user) => db().session.updateMany({ where: { userId: user.id }, data: { revokedAt: new Date() } }),
  "the session expired": (user) => db().session.updateMany({ where: { userId: user.id }, data: { expiresAt: new Date(Date.now() - 1000) } }),
};

describe("request-level authentication", () => {
  beforeEach(async () => {
    await resetDatabase();
    request.cookie = undefined;
  });

  it("accepts a live session, on a page and on an action", async () => {
    const secas = await createActor("SECAS");
    request.cookie = await startSession(db(), secas.id);
    expect(await resolveSession(db(), request.cookie)).toEqual(secas);
    expect(await authorizePage("user.manage", "/admin/users")).toEqual(secas);
    const outcome = await performMutation(newUserSchema, form(), (actor, input) => createUser(db(), actor, input));
    expect(outcome.ok).toBe(true);
    expect(await db().user.count({ where: { email: NEW_USER.email } })).toBe(1);
  });

  for (const [ending, end] of Object.entries(ENDINGS)) {
    it(`refuses a session when ${ending}, on a page and on an action, writing nothing`, async () => {
      const secas = await createActor("SECAS");
      const cookie = await startSession(db(), secas.id);
      await end(secas, cookie);
      request.cookie = cookie;

      expect(await resolveSession(db(), cookie)).toBeNull();
      // a page sends the request to sign in
      await expect(authorizePage("user.manage", "/admin/users")).rejects.toMatchObject({ digest: expect.stringContaining("/signin?callbackUrl=%2Fadmin%2Fusers") });
      // an action gets "your session has ended" and changes nothing
      const outcome = await performMutation(newUserSchema, form(), (actor, input) => createUser(db(), actor, input));
      expect(outcome).toMatchObject({ ok: false, state: { status: "error", message: "Your session has ended. Sign in again to continue." } });
      // and so does a command given what the check returned
      await expect(createUser(db(), await resolveSession(db(), cookie), NEW_USER)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
      expect(await db().user.count({ where: { email: NEW_USER.email } })).toBe(0);
      expect(await db().auditEvent.count()).toBe(0);
    });
  }

  it("refuses a cookie naming another user's session, or no session at all", async () => {
    const [secas, other] = [await createActor("SECAS"), await createActor("REVIEWER")];
    const othersSession = await db().session.create({ data: { id: "theirs", userId: other.id, expiresAt: new Date(Date.now() + 60_000) } });
    expect(await resolveSession(db(), await createSessionToken({ userId: secas.id, sessionId: othersSession.id }))).toBeNull();
    expect(await resolveSession(db(), await createSessionToken({ userId: secas.id, sessionId: "made-up" }))).toBeNull();
    expect(await resolveSession(db(), undefined)).toBeNull();
    await expect(performMutation(z.object({}), new FormData(), async (actor) => actor)).resolves.toEqual({ ok: true, result: null });
  });

  it("checks the session inside the user query: a page's query count does not grow", async () => {
    const user = await createActor("PARTY_RESPONDENT");
    const cookie = await startSession(db(), user.id);
    const logged = new PrismaClient({ adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL! }), log: [{ emit: "event", level: "query" }] });
    const queries: string[] = [];
    logged.$on("query", (e) => queries.push(e.query));
    try {
      const resolved = await resolveSession(logged, cookie);
      expect(resolved).toEqual(user);
      // what the permission matrix reads about them comes with it: their organisation's id (and a reviewer's committee)
      const row = await db().user.findUniqueOrThrow({ where: { id: user.id }, select: { organisationId: true, committee: true } });
      expect(row.organisationId).not.toBeNull();
      expect(resolved).toMatchObject(row);
      // one query: the user row, its organisation joined, the session as an EXISTS condition
      expect(queries).toHaveLength(1);
      expect(queries[0]).toMatch(/FROM "public"."User" AS "t0" .*JOIN LATERAL .*"public"."Organisation".* WHERE .*EXISTS\(SELECT .* FROM "public"."Session"/s);
    } finally {
      await logged.$disconnect();
    }
  });
});
