import { beforeEach, describe, expect, it } from "vitest";
import type { CurrentUser } from "@/lib/auth/current-user";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { createActor } from "@/test/support/actors";
import { resetDatabase } from "@/test/support/database";
import { changedTables, snapshotTables } from "@/test/support/snapshot";
import { expectVersionConflict } from "@/test/support/version-conflict";
import { updateAtVersion } from "./update-at-version";

// The helper on its own, on accounts (any model with id + version would do). The three commands
// that use it have their own stale-version tests (editing, update-service-request, users).

/** A change of role as update-user-access makes it: the version check, then its audit event, in one transaction. */
async function changeRole(tx: Prisma.TransactionClient, actor: CurrentUser, target: CurrentUser, role: Role, expectedVersion = 1) {
  const { version } = await updateAtVersion(tx, "User", { id: target.id, expectedVersion, data: { role }, what: `${target.name}'s account` });
  await recordAuditEvent(tx, {
    actorId: actor.id,
    action: "user.accessChanged",
    entityType: "User",
    entityId: target.id,
    before: { role: target.role, committee: null, organisationId: null, disabled: false, version: expectedVersion },
    after: { role, committee: null, organisationId: null, disabled: false, version },
  });
  return version;
}

describe("updating a row only at the version the editor started from", () => {
  let target: CurrentUser;
  let ann: CurrentUser;
  let bob: CurrentUser;
  beforeEach(async () => {
    await resetDatabase();
    [target, ann, bob] = [await createActor("PARTY_RESPONDENT"), await createActor("SECAS"), await createActor("SECAS")];
  });

  it("writes the change and the next version", async () => {
    expect(await db().$transaction((tx) => changeRole(tx, ann, target, "DCC_ANALYST"))).toBe(2);
    expect(await db().user.findUniqueOrThrow({ where: { id: target.id } })).toMatchObject({ role: "DCC_ANALYST", version: 2 });
  });

  it("lets exactly one of two saves from the same version win, even when they run at the same moment", async () => {
    // Both transactions are open before either writes; the first to write keeps the row a while,
    // so the second's UPDATE waits for it, then finds the row at version 2 and writes nothing.
    let arrived = 0;
    let bothOpen!: () => void;
    const opened = new Promise<void>((resolve) => (bothOpen = resolve));
    const save = (actor: CurrentUser, role: Role) =>
      db().$transaction(async (tx) => {
        await tx.$queryRaw`SELECT 1`;
        if (++arrived === 2) bothOpen();
        await opened;
        const version = await changeRole(tx, actor, target, role);
        await new Promise((resolve) => setTimeout(resolve, 300));
        return { version, actor };
      });
    const results = await Promise.allSettled([save(ann, "DCC_ANALYST"), save(bob, "WORKING_GROUP")]);

    const won = results.flatMap((r) => (r.status === "fulfilled" ? [r.value] : []));
    const lost = results.flatMap((r) => (r.status === "rejected" ? [r.reason] : []));
    expect(won.map((w) => w.version)).toEqual([2]);
    const winner = won[0]!.actor;
    expect(lost).toHaveLength(1);
    await expectVersionConflict(Promise.reject(lost[0]), { version: 2, author: winner.name, what: `${target.name}'s account` });
    expect(await db().user.findUniqueOrThrow({ where: { id: target.id } })).toMatchObject({ role: winner === ann ? "DCC_ANALYST" : "WORKING_GROUP", version: 2 });
    expect(await db().auditEvent.findMany({ where: { entityId: target.id }, select: { actorId: true } })).toEqual([{ actorId: winner.id }]);
  });

  it("refuses a stale version with who saved which version when, what the page needs of theirs, and nothing written", async () => {
    await db().$transaction((tx) => changeRole(tx, ann, target, "DCC_ANALYST"));
    const before = await snapshotTables();
    const conflict = await expectVersionConflict(
      db().$transaction(async (tx) => {
        await tx.user.update({ where: { id: bob.id }, data: { name: "Written before the check" } });
        return updateAtVersion(tx, "User", {
          id: target.id,
          expectedVersion: 1,
          data: { role: "WORKING_GROUP" },
          what: "the account",
          nextStep: "try again.",
          theirs: () => tx.user.findUniqueOrThrow({ where: { id: target.id }, select: { role: true } }),
        });
      }),
      { version: 2, author: ann.name, what: "the account" },
    );
    expect(conflict.details).toMatchObject({ role: "DCC_ANALYST" });
    expect(conflict.message).toMatch(/Nothing of yours was lost or saved: try again\.$/);
    // the transaction rolled back what the command wrote before the check
    expect(changedTables(before, await snapshotTables())).toEqual([]);
  });

  it("says someone else, with no date, when no event records the version", async () => {
    await db().user.update({ where: { id: target.id }, data: { version: 5 } });
    const save = db().$transaction((tx) => updateAtVersion(tx, "User", { id: target.id, expectedVersion: 4, data: { role: "SECAS" }, what: "the account" }));
    await expect(save).rejects.toMatchObject({
      code: "CONFLICT",
      details: { version: 5, author: "Someone else", savedAt: null },
      message: "Someone else saved version 5 of the account while you were editing. Nothing of yours was lost or saved: reload the page to see their version, then make your change again.",
    });
  });

  it("says the row is gone when it is", async () => {
    const save = db().$transaction((tx) => updateAtVersion(tx, "User", { id: "no-such-user", expectedVersion: 1, data: { role: "SECAS" }, what: "That account" }));
    await expect(save).rejects.toMatchObject({ code: "NOT_FOUND", message: "That account no longer exists." });
  });
});

/** Compiled, never run: the helper takes only models with a version, and only their own columns. */
export function typeChecks(tx: Prisma.TransactionClient) {
  // @ts-expect-error an organisation has no version
  void updateAtVersion(tx, "Organisation", { id: "x", expectedVersion: 1, data: { name: "x" }, what: "x" });
  // @ts-expect-error a requirement has no role
  void updateAtVersion(tx, "Requirement", { id: "x", expectedVersion: 1, data: { role: "SECAS" }, what: "x" });
}
