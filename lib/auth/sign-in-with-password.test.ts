import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { ensureAccounts } from "@/lib/seed/accounts";
import { resetDatabase } from "@/test/support/database";
import { credentialsSchema, delayAfterFailures, signInWithPassword, THROTTLE } from "./sign-in-with-password";

const account = { email: "member@example.com", name: "Mo Member", role: "WORKING_GROUP" as const, organisation: "Kestrel Power" };
const PASSWORD = "correct horse battery";
const HOME = { clientAddress: "192.0.2.10" };
const ATTACKER = { clientAddress: "203.0.113.66" };

const attempt = (password: string, from = HOME, email = account.email) => signInWithPassword(db(), { email, password }, from);
/** What a refused attempt says, or "evaluated" when it was let through to the password check. */
const outcome = (p: Promise<unknown>) =>
  p.then(
    () => "evaluated",
    (e: { code?: string; details?: { retryAfterSeconds: number } }) => (e.code === "TOO_MANY_ATTEMPTS" ? `wait ${e.details!.retryAfterSeconds}` : Promise.reject(e)),
  );
/** Moves every recorded attempt back in time, as if `seconds` had passed. */
const letTimePass = (seconds: number) => db().$executeRaw`UPDATE "SignInAttempt" SET "createdAt" = "createdAt" - make_interval(secs => ${seconds})`;

describe("signing in with email and password", () => {
  beforeEach(async () => {
    await resetDatabase();
    await ensureAccounts(db(), [account], { password: PASSWORD });
  });

  it("returns the user for the right password, whatever the email's case and spacing", async () => {
    const user = await signInWithPassword(db(), { email: "  Member@Example.com ", password: PASSWORD }, HOME);
    expect(user).toMatchObject({ email: "member@example.com", name: "Mo Member" });
  });

  it("stores an argon2id hash, never the password", async () => {
    const { passwordHash } = await db().user.findUniqueOrThrow({ where: { email: account.email } });
    expect(passwordHash).toMatch(/^\$argon2id\$/);
    expect(passwordHash).not.toContain(PASSWORD);
  });

  it("refuses a wrong password, an unknown email and a disabled account alike, and records each", async () => {
    expect(await attempt("wrong")).toBeNull();
    expect(await attempt(PASSWORD, HOME, "nobody@example.com")).toBeNull();
    await db().user.update({ where: { email: account.email }, data: { disabled: true } });
    expect(await attempt(PASSWORD)).toBeNull();
    expect(await db().signInAttempt.findMany({ select: { succeeded: true, clientAddress: true } })).toEqual(
      Array(3).fill({ succeeded: false, clientAddress: HOME.clientAddress }),
    );
  });

  it("refuses malformed input without touching the database", async () => {
    for (const input of [{}, { email: "not-an-email", password: PASSWORD }, { email: account.email, password: "" }, null]) {
      expect(await signInWithPassword(db(), input, HOME)).toBeNull();
    }
    expect(await db().signInAttempt.count()).toBe(0);
  });
});

describe("the per-account delay", () => {
  beforeEach(async () => {
    await resetDatabase();
    await ensureAccounts(db(), [account], { password: PASSWORD });
  });

  it("grows from 30 seconds, doubling, to at most 15 minutes", () => {
    const delays = Array.from({ length: 12 }, (_, failures) => delayAfterFailures(failures));
    expect(delays).toEqual([0, 0, 0, 0, 0, 30, 60, 120, 240, 480, 900, 900]);
  });

  it(`evaluates exactly ${THROTTLE.freeFailures} of 50 parallel wrong passwords`, async () => {
    const outcomes = await Promise.all(Array.from({ length: 50 }, (_, i) => outcome(attempt(`guess ${i}`, { clientAddress: `198.51.100.${i}` }))));
    expect(outcomes.filter((o) => o === "evaluated")).toHaveLength(THROTTLE.freeFailures);
    expect(outcomes.filter((o) => o.startsWith("wait "))).toHaveLength(50 - THROTTLE.freeFailures);
    // every evaluated attempt, and only those, is recorded (before its password is checked)
    expect(await db().signInAttempt.count()).toBe(THROTTLE.freeFailures);
  });

  it("makes the real user wait only the short delay after an attacker's failures, then lets them in", async () => {
    for (let i = 0; i < THROTTLE.freeFailures; i++) expect(await attempt(`guess ${i}`, ATTACKER)).toBeNull();
    const refused = await outcome(attempt(PASSWORD, HOME));
    expect(refused).toMatch(/^wait \d+$/);
    expect(Number(refused.slice(5))).toBeLessThanOrEqual(THROTTLE.firstDelaySeconds);
    // attempts refused during the delay are not evaluated and do not lengthen it
    await expect(attempt("another guess", ATTACKER)).rejects.toMatchObject({ code: "TOO_MANY_ATTEMPTS", message: expect.stringMatching(/Try again in \d+ seconds/) });
    await letTimePass(THROTTLE.firstDelaySeconds + 1);
    expect(await attempt(PASSWORD, HOME)).toMatchObject({ email: account.email });
    // the success ends the streak: the next mistake is free again
    expect(await attempt("typo", HOME)).toBeNull();
  });

  it("doubles the wait with each further failure", async () => {
    for (let i = 0; i < THROTTLE.freeFailures; i++) await attempt(`guess ${i}`, ATTACKER);
    for (const expected of [30, 60, 120]) {
      expect(await outcome(attempt("guess", ATTACKER))).toBe(`wait ${expected}`);
      await letTimePass(expected);
      expect(await attempt("guess", ATTACKER)).toBeNull();
    }
  });

  it("counts only failures since the last success", async () => {
    for (let i = 0; i < THROTTLE.freeFailures - 1; i++) await attempt("wrong");
    expect(await attempt(PASSWORD)).not.toBeNull();
    for (let i = 0; i < THROTTLE.freeFailures - 1; i++) await attempt("wrong");
    expect(await attempt(PASSWORD)).not.toBeNull();
  });

  it("forgets failures older than its memory", async () => {
    const old = new Date(Date.now() - (THROTTLE.memoryHours * 60 + 1) * 60_000);
    await db().signInAttempt.createMany({ data: Array.from({ length: 20 }, () => ({ email: account.email, succeeded: false, createdAt: old })) });
    expect(await attempt(PASSWORD)).not.toBeNull();
    // and removes their rows as it goes
    expect(await db().signInAttempt.count({ where: { createdAt: old } })).toBe(0);
  });

  it("counts an attempt whose check never finished as a failure", async () => {
    await db().signInAttempt.createMany({ data: Array.from({ length: THROTTLE.freeFailures }, () => ({ email: account.email, succeeded: null })) });
    await expect(attempt(PASSWORD)).rejects.toMatchObject({ code: "TOO_MANY_ATTEMPTS" });
  });
});

describe("the per-address limit", () => {
  beforeEach(async () => {
    await resetDatabase();
    await ensureAccounts(db(), [account], { password: PASSWORD });
  });

  it("refuses an address past its failures across many emails, and no other address", async () => {
    const emails = Array.from({ length: THROTTLE.addressMaxFailures + 10 }, (_, i) => `spray-${i}@example.com`);
    const outcomes = await Promise.all(emails.map((email) => outcome(attempt("password1", ATTACKER, email))));
    expect(outcomes.filter((o) => o === "evaluated")).toHaveLength(THROTTLE.addressMaxFailures);
    await expect(attempt(PASSWORD, ATTACKER)).rejects.toMatchObject({ code: "TOO_MANY_ATTEMPTS", message: expect.stringContaining("from your network") });
    // another address, even for the emails just sprayed, is evaluated as usual
    expect(await attempt("password1", HOME, "spray-0@example.com")).toBeNull();
    expect(await attempt(PASSWORD, HOME)).not.toBeNull();
    // the window passes
    await letTimePass(THROTTLE.addressWindowMinutes * 60);
    expect(await attempt(PASSWORD, ATTACKER)).not.toBeNull();
  });

  it("counts failures, not successes: many sign-ins from one address go through", async () => {
    for (let i = 0; i < THROTTLE.addressMaxFailures + 5; i++) expect(await attempt(PASSWORD, HOME)).not.toBeNull();
  });

  it("tells how long until enough failures leave the window", async () => {
    await db().signInAttempt.createMany({
      data: Array.from({ length: THROTTLE.addressMaxFailures }, (_, i) => ({
        email: `x${i}@example.com`,
        clientAddress: ATTACKER.clientAddress,
        succeeded: false,
        createdAt: new Date(Date.now() - (THROTTLE.addressWindowMinutes * 60 - 100 - i) * 1000),
      })),
    });
    const refused = await outcome(attempt(PASSWORD, ATTACKER));
    expect(Number(refused.slice(5))).toBeGreaterThan(95);
    expect(Number(refused.slice(5))).toBeLessThanOrEqual(101);
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
