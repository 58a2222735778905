import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { beforeEach, describe, expect, it } from "vitest";
import { seedIfEmpty } from "@/scripts/database";
import { db } from "@/lib/db";
import { createActor } from "@/test/support/actors";
import { resetDatabase } from "@/test/support/database";
import { updateUserAccess } from "@/lib/users/update-user-access";
import { seedDatabase } from "./seed-database";

// The seed runs again and again — `npm run db:seed` by hand, `npm start` at every start — on a
// database where SECAS has since disabled demo accounts, changed roles and people their passwords.
// None of that may be undone.

const run = promisify(execFile);
const account = (email: string) =>
  db().user.findUniqueOrThrow({ where: { email }, select: { role: true, committee: true, disabled: true, passwordHash: true, version: true, updatedAt: true } });

/** SECAS disables the party's account and makes the second Working Group member a reviewer; the DCC analyst's password changes. */
async function administratorChanges() {
  const secas = await createActor("SECAS");
  for (const [email, access] of [
    ["party@example.com", { role: "PARTY_RESPONDENT", disabled: true }],
    ["wg2@example.com", { role: "REVIEWER", committee: "SSC", disabled: false }],
  ] as const) {
    const { id, version, organisationId } = await db().user.findUniqueOrThrow({ where: { email } });
    await updateUserAccess(db(), secas, { userId: id, expectedVersion: version, access: { ...access, organisationId: organisationId ?? undefined } });
  }
  await db().user.update({ where: { email: "dcc@example.com" }, data: { passwordHash: "changed-by-its-owner" } });
  const after = { party: await account("party@example.com"), wg2: await account("wg2@example.com"), dcc: await account("dcc@example.com") };
  expect(after.party.disabled).toBe(true);
  expect(after.wg2).toMatchObject({ role: "REVIEWER", committee: "SSC" });
  return after;
}

async function expectUnchanged(before: Awaited<ReturnType<typeof administratorChanges>>) {
  expect(await account("party@example.com")).toEqual(before.party);
  expect(await account("wg2@example.com")).toEqual(before.wg2);
  expect(await account("dcc@example.com")).toEqual(before.dcc);
}

describe("seeding again never undoes an administrator's change", () => {
  beforeEach(async () => {
    await resetDatabase();
    await seedDatabase(db(), { demoAccounts: true });
  });

  it("after `npm run db:seed`", async () => {
    const before = await administratorChanges();
    // Exactly what the npm script runs, as a separate process against this database.
    const { stdout } = await run("node_modules/.bin/tsx", ["scripts/db.ts", "seed"], { env: { ...process.env, NODE_ENV: "development" }, timeout: 60_000 });
    expect(stdout).toContain("DP162 was already there: nothing changed.");
    await expectUnchanged(before);
  }, 90_000);

  it("after `npm start`", async () => {
    const before = await administratorChanges();
    const lines: string[] = [];
    await seedIfEmpty(process.env.DATABASE_URL!, (line) => lines.push(line));
    expect(lines).toEqual([]);
    await expectUnchanged(before);
  });

  it("even by seeding the accounts in-process, with demo accounts wanted", async () => {
    const before = await administratorChanges();
    await seedDatabase(db(), { demoAccounts: true });
    await expectUnchanged(before);
  });
});
