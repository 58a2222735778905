import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { ensureAccounts } from "@/lib/seed/accounts";
import { resetDatabase } from "@/lib/test/database";
import { credentialsSchema, signInWithPassword, THROTTLE } from "./sign-in-with-password";

const account = { email: "member@example.com", name: "Mo Member", role: "WORKING_GROUP" as const, organisation: "Kestrel Power" };
const PASSWORD = "correct horse battery";

describe("signing in with email and password", () => {
  beforeEach(async () => {
    await resetDatabase();
    await ensureAccounts(db(), [account], { password: PASSWORD });
  });

  it("returns the user for the right password, whatever the email's case and spacing", async () => {
    const user = await signInWithPassword(db(), { email: "  Member@Example.com ", password: PASSWORD });
    expect(user).toMatchObject({ email: "member@example.com", name: "Mo Member" });
  });

  it("stores an argon2id hash, never the password", async () => {
    const { passwordHash } = await db().user.findUniqueOrThrow({ where: { email: account.email } });
    expect(passwordHash).toMatch(/^\$argon2id\$/);
    expect(passwordHash).not.toContain(PASSWORD);
  });

  it("refuses a wrong password, an unknown email and a disabled account alike", async () => {
    expect(await signInWithPassword(db(), { email: account.email, password: "wrong" })).toBeNull();
    expect(await signInWithPassword(db(), { email: "nobody@example.com", password: PASSWORD })).toBeNull();
    await db().user.update({ where: { email: account.email }, data: { disabled: true } });
    expect(await signInWithPassword(db(), { email: account.email, password: PASSWORD })).toBeNull();
  });

  it("refuses malformed input without touching the database", async () => {
    for (const input of [{}, { email: "not-an-email", password: PASSWORD }, { email: account.email, password: "" }, null]) {
      expect(await signInWithPassword(db(), input)).toBeNull();
    }
    expect(await db().signInAttempt.count()).toBe(0);
  });

  it(`throttles after ${THROTTLE.maxFailures} failures, even for the right password`, async () => {
    for (let i = 0; i < THROTTLE.maxFailures; i++) {
      expect(await signInWithPassword(db(), { email: account.email, password: `wrong ${i}` })).toBeNull();
    }
    await expect(signInWithPassword(db(), { email: account.email, password: PASSWORD })).rejects.toMatchObject({ code: "TOO_MANY_ATTEMPTS" });
    // other accounts are not affected
    expect(await signInWithPassword(db(), { email: "other@example.com", password: "x" })).toBeNull();
  });

  it("counts only failures since the last success", async () => {
    for (let i = 0; i < THROTTLE.maxFailures - 1; i++) await signInWithPassword(db(), { email: account.email, password: "wrong" });
    expect(await signInWithPassword(db(), { email: account.email, password: PASSWORD })).not.toBeNull();
    for (let i = 0; i < THROTTLE.maxFailures - 1; i++) await signInWithPassword(db(), { email: account.email, password: "wrong" });
    expect(await signInWithPassword(db(), { email: account.email, password: PASSWORD })).not.toBeNull();
  });

  it("forgets failures older than the window", async () => {
    const old = new Date(Date.now() - (THROTTLE.windowMinutes + 1) * 60_000);
    await db().signInAttempt.createMany({
      data: Array.from({ length: THROTTLE.maxFailures }, () => ({ email: account.email, succeeded: false, createdAt: old })),
    });
    expect(await signInWithPassword(db(), { email: account.email, password: PASSWORD })).not.toBeNull();
  });
});

describe("credentials validation messages", () => {
  it("says what is wrong with each field", () => {
    const result = credentialsSchema.safeParse({ email: "nope", password: "" });
    expect(result.success).toBe(false);
    const fields = result.error!.issues.map((i) => [i.path[0], i.message]);
    expect(fields).toEqual([
      ["email", "Enter an email address like name@example.com"],
      ["password", "Enter your password"],
    ]);
  });
});
