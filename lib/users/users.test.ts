import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { Role } from "@/lib/generated/prisma/enums";
import { createActor } from "@/test/support/actors";
import { resetDatabase } from "@/test/support/database";
import { changedTables, snapshotTables } from "@/test/support/snapshot";
import { expectVersionConflict } from "@/test/support/version-conflict";
import { createUser } from "./create-user";
import { newUserSchema, userAccessSchema } from "./schemas";
import { updateUserAccess } from "./update-user-access";

const NEW_USER = newUserSchema.parse({
  name: "Nia New",
  email: "Nia@Example.com",
  password: "a long enough password",
  role: "REVIEWER",
  committee: "SSC",
  organisationId: "",
});

describe("SECAS manages accounts", () => {
  beforeEach(resetDatabase);

  it("creates an account and audits it in the same transaction, without the password", async () => {
    const secas = await createActor("SECAS");
    const { id } = await createUser(db(), secas, NEW_USER);
    const user = await db().user.findUniqueOrThrow({ where: { id } });
    expect(user).toMatchObject({ email: "nia@example.com", role: "REVIEWER", committee: "SSC", disabled: false, version: 1 });
    const events = await db().auditEvent.findMany({ where: { entityId: id } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ action: "user.created", actorId: secas.id });
    expect(JSON.stringify(events[0]!.after)).not.toMatch(/password|argon/i);
  });

  it.each(Object.values(Role).filter((r) => r !== "SECAS"))("refuses a %s, and writes nothing", async (role) => {
    const actor = await createActor(role);
    const before = await db().user.count();
    await expect(createUser(db(), actor, NEW_USER)).rejects.toMatchObject({ code: "FORBIDDEN" });
    const target = await createActor("PARTY_RESPONDENT");
    await expect(
      updateUserAccess(db(), actor, { userId: target.id, expectedVersion: 1, access: { role: "SECAS", disabled: false } }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await db().user.count()).toBe(before + 1);
    expect(await db().user.findUniqueOrThrow({ where: { id: target.id } })).toMatchObject({ role: "PARTY_RESPONDENT", version: 1 });
    expect(await db().auditEvent.count()).toBe(0);
  });

  it("refuses someone not signed in", async () => {
    await expect(createUser(db(), null, NEW_USER)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  });

  it("refuses a second account with the same email, with a message for the field", async () => {
    const secas = await createActor("SECAS");
    await createUser(db(), secas, NEW_USER);
    await expect(createUser(db(), secas, { ...NEW_USER, name: "Other" })).rejects.toMatchObject({
      code: "CONFLICT",
      fieldErrors: { email: ["An account with this email already exists"] },
    });
    expect(await db().auditEvent.count()).toBe(1);
  });

  it("changes access, bumps the version and records before and after", async () => {
    const secas = await createActor("SECAS");
    const target = await createActor("REVIEWER", "OPSG");
    await updateUserAccess(db(), secas, { userId: target.id, expectedVersion: 1, access: { role: "WORKING_GROUP", disabled: true } });
    expect(await db().user.findUniqueOrThrow({ where: { id: target.id } })).toMatchObject({ role: "WORKING_GROUP", committee: null, disabled: true, version: 2 });
    const [event] = await db().auditEvent.findMany({ where: { entityId: target.id } });
    expect(event).toMatchObject({
      action: "user.accessChanged",
      before: { role: "REVIEWER", committee: "OPSG", disabled: false, version: 1 },
      after: { role: "WORKING_GROUP", committee: null, disabled: true, version: 2 },
    });
  });

  it("never overwrites a change made since the form was opened: says who saved which version when, and writes nothing", async () => {
    const [secas, other] = [await createActor("SECAS"), await createActor("SECAS")];
    const target = await createActor("PARTY_RESPONDENT");
    await updateUserAccess(db(), other, { userId: target.id, expectedVersion: 1, access: { role: "DCC_ANALYST", disabled: false } });
    const before = await snapshotTables();
    await expectVersionConflict(updateUserAccess(db(), secas, { userId: target.id, expectedVersion: 1, access: { role: "SECAS", disabled: false } }), {
      version: 2,
      author: other.name,
      what: `${target.name}'s account`,
    });
    expect(changedTables(before, await snapshotTables())).toEqual([]);
    expect(await db().user.findUniqueOrThrow({ where: { id: target.id } })).toMatchObject({ role: "DCC_ANALYST", version: 2 });
  });

  it("lets exactly one of two concurrent edits of the same version win", async () => {
    const [secas1, secas2] = [await createActor("SECAS"), await createActor("SECAS")];
    const target = await createActor("PARTY_RESPONDENT");
    const results = await Promise.allSettled([
      updateUserAccess(db(), secas1, { userId: target.id, expectedVersion: 1, access: { role: "WORKING_GROUP", disabled: false } }),
      updateUserAccess(db(), secas2, { userId: target.id, expectedVersion: 1, access: { role: "DCC_ANALYST", disabled: false } }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.filter((r) => r.status === "rejected").map((r) => (r as PromiseRejectedResult).reason.code)).toEqual(["CONFLICT"]);
    expect((await db().user.findUniqueOrThrow({ where: { id: target.id } })).version).toBe(2);
    expect(await db().auditEvent.count()).toBe(1);
  });

  it("keeps SECAS from locking themselves out", async () => {
    const secas = await createActor("SECAS");
    await expect(updateUserAccess(db(), secas, { userId: secas.id, expectedVersion: 1, access: { role: "SECAS", disabled: true } })).rejects.toMatchObject({ code: "VALIDATION" });
    await expect(updateUserAccess(db(), secas, { userId: secas.id, expectedVersion: 1, access: { role: "REVIEWER", committee: "SSC", disabled: false } })).rejects.toMatchObject({ code: "VALIDATION" });
  });
});

describe("account validation", () => {
  it("ties committees to reviewers", () => {
    const reviewerWithout = userAccessSchema.safeParse({ role: "REVIEWER", committee: "" });
    expect(reviewerWithout.error?.issues).toEqual([expect.objectContaining({ path: ["committee"], message: "A reviewer sits on one committee: choose it" })]);
    const otherWith = userAccessSchema.safeParse({ role: "SECAS", committee: "SSC" });
    expect(otherWith.error?.issues[0]?.message).toBe("Only reviewers sit on a committee: leave it empty");
    expect(userAccessSchema.parse({ role: "DCC_ANALYST", committee: "", disabled: "on" })).toEqual({ role: "DCC_ANALYST", disabled: true });
    // The Working Group is a committee review rounds are for, not one a reviewer sits on: its members have their own role.
    expect(userAccessSchema.safeParse({ role: "REVIEWER", committee: "WORKING_GROUP" }).error?.issues[0]).toMatchObject({ path: ["committee"], message: "Choose a committee" });
  });

  it("refuses unknown roles, bad emails and short passwords with clear messages", () => {
    const result = newUserSchema.safeParse({ name: "", email: "x", password: "short", role: "ADMIN" });
    const messages = Object.fromEntries(result.error!.issues.map((i) => [String(i.path[0]), i.message]));
    expect(messages).toMatchObject({
      name: "Enter the person's name",
      email: "Enter an email address like name@example.com",
      password: "Passwords are at least 12 characters",
      role: "Choose a role",
    });
  });
});

describe("history is append-only", () => {
  beforeEach(resetDatabase);

  it("refuses to change or delete an audit event", async () => {
    const secas = await createActor("SECAS");
    await createUser(db(), secas, NEW_USER);
    await expect(db().auditEvent.updateMany({ data: { action: "tampered" } })).rejects.toThrow(/append-only/);
    await expect(db().auditEvent.deleteMany({})).rejects.toThrow(/append-only/);
    expect(await db().auditEvent.count()).toBe(1);
  });
});
