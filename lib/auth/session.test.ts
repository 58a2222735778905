import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createActor } from "@/test/support/actors";
import { resetDatabase } from "@/test/support/database";
import type { UserAccess } from "@/lib/users/schemas";
import { updateUserAccess } from "@/lib/users/update-user-access";
import { resolveSession } from "./current-user";
import { hashPassword } from "./password";
import { endSession, signOutEverywhere, startSession } from "./sessions";
import { createSessionToken, readSessionToken } from "./session-token";

const claims = { userId: "user-123", sessionId: "session-abc" };

describe("the session cookie", () => {
  it("round-trips the user and session ids, signed and encrypted", async () => {
    const token = await createSessionToken(claims);
    expect(token).not.toContain("user-123");
    expect(token).not.toContain("session-abc");
    expect(await readSessionToken(token)).toEqual(claims);
  });

  it("rejects a tampered, foreign or missing token", async () => {
    const token = await createSessionToken(claims);
    const tampered = token.slice(0, -4) + (token.endsWith("AAAA") ? "BBBB" : "AAAA");
    expect(await readSessionToken(tampered)).toBeNull();
    expect(await readSessionToken("not.a.token")).toBeNull();
    expect(await readSessionToken(undefined)).toBeNull();
    const previous = process.env.NEXTAUTH_SECRET;
    process.env.NEXTAUTH_SECRET = "another portal's secret";
    try {
      expect(await readSessionToken(token)).toBeNull();
    } finally {
      process.env.NEXTAUTH_SECRET = previous;
    }
  });
});

describe("sessions end on the server", () => {
  beforeEach(resetDatabase);

  it("signing out ends that session, and a copy of its cookie, but not the user's other sessions", async () => {
    const user = await createActor("WORKING_GROUP");
    const [laptop, phone] = [await startSession(db(), user.id), await startSession(db(), user.id)];
    const copied = `${laptop}`;
    await endSession(db(), laptop);
    expect(await resolveSession(db(), copied)).toBeNull();
    expect(await resolveSession(db(), phone)).toMatchObject({ id: user.id });
  });

  it("signing out everywhere ends every session of the user, audited", async () => {
    const user = await createActor("REVIEWER");
    const cookies = [await startSession(db(), user.id), await startSession(db(), user.id)];
    const other = await createActor("REVIEWER");
    const othersCookie = await startSession(db(), other.id);
    expect(await signOutEverywhere(db(), user, user.id)).toEqual({ ended: 2 });
    for (const cookie of cookies) expect(await resolveSession(db(), cookie)).toBeNull();
    expect(await resolveSession(db(), othersCookie)).not.toBeNull();
    expect(await db().auditEvent.findMany({ select: { action: true, actorId: true, entityId: true, after: true } })).toEqual([
      { action: "user.signedOutEverywhere", actorId: user.id, entityId: user.id, after: { sessionsEnded: 2 } },
    ]);
  });

  it("lets SECAS, and no one else, sign another user out everywhere", async () => {
    const target = await createActor("PARTY_RESPONDENT");
    const cookie = await startSession(db(), target.id);
    const wg = await createActor("WORKING_GROUP");
    await expect(signOutEverywhere(db(), wg, target.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(signOutEverywhere(db(), null, target.id)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    expect(await resolveSession(db(), cookie)).not.toBeNull();
    expect(await db().auditEvent.count()).toBe(0);

    const secas = await createActor("SECAS");
    expect(await signOutEverywhere(db(), secas, target.id)).toEqual({ ended: 1 });
    expect(await resolveSession(db(), cookie)).toBeNull();
    await expect(signOutEverywhere(db(), secas, "no-such-user")).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("a disabled account that is enabled again does not get its old sessions back", async () => {
    const secas = await createActor("SECAS");
    const user = await createActor("DCC_ANALYST");
    const cookie = await startSession(db(), user.id);
    await updateUserAccess(db(), secas, { userId: user.id, expectedVersion: 1, access: { role: "DCC_ANALYST", disabled: true } });
    await updateUserAccess(db(), secas, { userId: user.id, expectedVersion: 2, access: { role: "DCC_ANALYST", disabled: false } });
    expect(await resolveSession(db(), cookie)).toBeNull();
    expect(await resolveSession(db(), await startSession(db(), user.id))).toMatchObject({ id: user.id });
  });

  it("a change of role, committee or organisation, or of password, ends the user's sessions; saving no change does not", async () => {
    const secas = await createActor("SECAS");
    const user = await createActor("REVIEWER", "SSC");
    const { organisationId } = await db().user.findUniqueOrThrow({ where: { id: user.id }, select: { organisationId: true } });
    const access: UserAccess = { role: "REVIEWER", committee: "SSC", organisationId: organisationId ?? undefined, disabled: false };
    let version = 1;
    const ends = async (change: () => Promise<unknown>) => {
      const cookie = await startSession(db(), user.id);
      await change();
      return (await resolveSession(db(), cookie)) === null;
    };
    const save = (changed: Partial<UserAccess>) => updateUserAccess(db(), secas, { userId: user.id, expectedVersion: version++, access: { ...access, ...changed } });

    expect(await ends(() => save({}))).toBe(false);
    expect(await ends(() => save({ committee: "OPSG" }))).toBe(true);
    access.committee = "OPSG";
    expect(await ends(() => save({ role: "WORKING_GROUP", committee: undefined }))).toBe(true);
    Object.assign(access, { role: "WORKING_GROUP", committee: undefined });
    expect(await ends(() => save({ organisationId: undefined }))).toBe(true);
    // no command changes a password yet: whatever does (or an operator in psql) ends the sessions
    expect(await ends(async () => db().user.update({ where: { id: user.id }, data: { passwordHash: await hashPassword("a new password") } }))).toBe(true);
  });

  it("removes a user's expired sessions when they sign in again", async () => {
    const user = await createActor("REVIEWER");
    await db().session.create({ data: { id: "old", userId: user.id, expiresAt: new Date(Date.now() - 1000) } });
    await startSession(db(), user.id);
    expect(await db().session.findMany({ where: { userId: user.id }, select: { id: true } })).not.toContainEqual({ id: "old" });
  });
});
