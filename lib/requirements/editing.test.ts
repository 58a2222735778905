import { beforeEach, describe, expect, it } from "vitest";
import type { CurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { seedDatabase } from "@/lib/seed/seed-database";
import { createActor } from "@/test/support/actors";
import { resetDatabase } from "@/test/support/database";
import { changedTables, snapshotTables } from "@/test/support/snapshot";
import { expectVersionConflict } from "@/test/support/version-conflict";
import { changeRequirementStatus } from "./change-requirement-status";
import { createRequirement } from "./create-requirement";
import { moveRequirement } from "./move-requirement";
import { requirementEditSchema } from "./schemas";
import { updateRequirement } from "./update-requirement";

let wg: CurrentUser;
let modificationId: string;
let areaId: string;

async function requirement(ref: string) {
  return db().requirement.findFirstOrThrow({ where: { modificationId, ref }, include: { versions: { orderBy: { version: "asc" } } } });
}

const edit = (r: { id: string; areaId: string }, expectedVersion: number, body: string, actor = wg) =>
  updateRequirement(db(), actor, { modificationId, requirementId: r.id, expectedVersion, fields: { areaId: r.areaId, title: "Scheduled reads", body }, changeNote: `Now: ${body}` });

describe("editing requirements", () => {
  beforeEach(async () => {
    await resetDatabase();
    await seedDatabase(db(), { demoAccounts: false });
    wg = await createActor("WORKING_GROUP");
    ({ id: modificationId } = await db().modification.findUniqueOrThrow({ where: { number: 162 } }));
    ({ id: areaId } = await db().requirementArea.findFirstOrThrow({ where: { modificationId, code: "USER-ENTRY" } }));
  });

  it("creates the next reference at the end of its area, with version 1 and an audit event", async () => {
    const { ref } = await createRequirement(db(), wg, { modificationId, fields: { areaId, title: "Re-entry", body: "Text" }, changeNote: "First draft" });
    expect(ref).toBe("BR-16");
    const r = await requirement("BR-16");
    expect(r).toMatchObject({ status: "DRAFT", version: 1, position: 3 });
    expect(r.versions).toEqual([expect.objectContaining({ version: 1, title: "Re-entry", authorId: wg.id, changeNote: "First draft" })]);
    expect(await db().auditEvent.count({ where: { entityId: r.id, action: "requirement.created", modificationId } })).toBe(1);
  });

  it("never reuses a reference, even after a withdrawal", async () => {
    const first = await createRequirement(db(), wg, { modificationId, fields: { areaId, title: "A", body: "a" }, changeNote: "x" });
    const r = await requirement(first.ref);
    await changeRequirementStatus(db(), wg, { modificationId, requirementId: r.id, expectedVersion: 1, status: "WITHDRAWN", reason: "Duplicate" });
    const second = await createRequirement(db(), wg, { modificationId, fields: { areaId, title: "B", body: "b" }, changeNote: "x" });
    expect([first.ref, second.ref]).toEqual(["BR-16", "BR-17"]);
  });

  it("gives concurrent creations consecutive references", async () => {
    const refs = await Promise.all(
      Array.from({ length: 5 }, (_, i) => createRequirement(db(), wg, { modificationId, fields: { areaId, title: `C${i}`, body: "c" }, changeNote: "x" })),
    );
    expect(refs.map((r) => r.ref).sort()).toEqual(["BR-16", "BR-17", "BR-18", "BR-19", "BR-20"]);
  });

  it("appends a version per save and never changes an old one", async () => {
    const r = await requirement("BR-08");
    await edit(r, 1, "Second text");
    await edit(r, 2, "Third text");
    const after = await requirement("BR-08");
    expect(after.version).toBe(3);
    expect(after.versions.map((v) => [v.version, v.body, v.changeNote])).toEqual([
      [1, r.body, "Initial draft imported from the DP162 scope"],
      [2, "Second text", "Now: Second text"],
      [3, "Third text", "Now: Third text"],
    ]);
    expect(after.versions[2]!.links).toEqual(["SR 4.8.1", "SR 4.8.3"]);
    await expect(db().requirementVersion.update({ where: { id: after.versions[0]!.id }, data: { body: "rewritten" } })).rejects.toThrow(/append-only/);
  });

  it("refuses a save based on an older version and returns the other person's version, writing nothing", async () => {
    const r = await requirement("BR-08");
    const other = await createActor("SECAS");
    await edit(r, 1, "Their text", other);
    const before = await snapshotTables();
    const conflict = await expectVersionConflict(edit(r, 1, "My text"), { version: 2, author: other.name, what: "BR-08" });
    expect(conflict.details).toMatchObject({ title: "Scheduled reads", body: "Their text", status: r.status, areaId: r.areaId });
    expect(conflict.message).toMatch(/: compare the two below, then save your text on top of theirs if it should still apply\.$/);
    expect(changedTables(before, await snapshotTables())).toEqual([]);
    // re-applied on top of theirs, it goes through
    await edit(r, 2, "My text");
    expect((await requirement("BR-08")).body).toBe("My text");
  });

  it("lets exactly one of many concurrent saves of the same version win", async () => {
    const r = await requirement("BR-07");
    const results = await Promise.allSettled(Array.from({ length: 8 }, (_, i) => edit(r, 1, `Edit ${i}`)));
    const won = results.filter((x) => x.status === "fulfilled");
    expect(won).toHaveLength(1);
    expect(results.filter((x) => x.status === "rejected").every((x) => (x as PromiseRejectedResult).reason.code === "CONFLICT")).toBe(true);
    const after = await requirement("BR-07");
    expect(after.versions.map((v) => v.version)).toEqual([1, 2]);
    expect(await db().auditEvent.count({ where: { entityId: r.id } })).toBe(1);
  });

  it("is refused to reviewers, the DCC and parties, and writes nothing", async () => {
    const r = await requirement("BR-01");
    for (const role of ["REVIEWER", "DCC_ANALYST", "PARTY_RESPONDENT"] as const) {
      const actor = await createActor(role);
      await expect(edit(r, 1, "Hijack", actor)).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(createRequirement(db(), actor, { modificationId, fields: { areaId, title: "x", body: "y" }, changeNote: "x" })).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(changeRequirementStatus(db(), actor, { modificationId, requirementId: r.id, expectedVersion: 1, status: "PROPOSED", reason: "x" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    expect((await requirement("BR-01")).version).toBe(1);
    expect(await db().requirement.count()).toBe(15);
    expect(await db().auditEvent.count()).toBe(0);
  });
});

describe("the status workflow", () => {
  beforeEach(async () => {
    await resetDatabase();
    await seedDatabase(db(), { demoAccounts: false });
    wg = await createActor("WORKING_GROUP");
    ({ id: modificationId } = await db().modification.findUniqueOrThrow({ where: { number: 162 } }));
  });

  it("Draft → Proposed by the Working Group, Agreed only by SECAS with the meeting recorded", async () => {
    const r = await requirement("BR-02");
    await changeRequirementStatus(db(), wg, { modificationId, requirementId: r.id, expectedVersion: 1, status: "PROPOSED", reason: "Ready for review" });
    await expect(changeRequirementStatus(db(), wg, { modificationId, requirementId: r.id, expectedVersion: 2, status: "AGREED", reason: "WG 12" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const secas = await createActor("SECAS");
    await changeRequirementStatus(db(), secas, { modificationId, requirementId: r.id, expectedVersion: 2, status: "AGREED", reason: "Working Group meeting 7 July 2021" });
    const after = await requirement("BR-02");
    expect(after.status).toBe("AGREED");
    expect(after.versions.at(-1)).toMatchObject({ status: "AGREED", changeNote: "Agreed: Working Group meeting 7 July 2021", authorId: secas.id });
  });

  it("refuses moves the workflow does not allow", async () => {
    const r = await requirement("BR-03");
    const secas = await createActor("SECAS");
    await expect(changeRequirementStatus(db(), secas, { modificationId, requirementId: r.id, expectedVersion: 1, status: "AGREED", reason: "x" })).rejects.toMatchObject({ code: "VALIDATION" });
  });

  it("returns an agreed requirement to Proposed when its words change, and keeps withdrawn ones closed", async () => {
    const r = await requirement("BR-04");
    const secas = await createActor("SECAS");
    await changeRequirementStatus(db(), wg, { modificationId, requirementId: r.id, expectedVersion: 1, status: "PROPOSED", reason: "x" });
    await changeRequirementStatus(db(), secas, { modificationId, requirementId: r.id, expectedVersion: 2, status: "AGREED", reason: "WG" });
    await updateRequirement(db(), wg, { modificationId, requirementId: r.id, expectedVersion: 3, fields: { areaId: r.areaId, title: r.title, body: "Reworded" }, changeNote: "Reworded" });
    expect((await requirement("BR-04")).status).toBe("PROPOSED");
    await changeRequirementStatus(db(), wg, { modificationId, requirementId: r.id, expectedVersion: 4, status: "WITHDRAWN", reason: "Out of scope" });
    await expect(updateRequirement(db(), wg, { modificationId, requirementId: r.id, expectedVersion: 5, fields: { areaId: r.areaId, title: r.title, body: "x" }, changeNote: "x" })).rejects.toMatchObject({ code: "VALIDATION" });
  });

  it("reorders within an area", async () => {
    const br03 = await requirement("BR-03");
    await moveRequirement(db(), wg, { modificationId, requirementId: br03.id, direction: "up" });
    const order = await db().requirement.findMany({ where: { areaId: br03.areaId }, orderBy: { position: "asc" }, select: { ref: true } });
    expect(order.map((r) => r.ref)).toEqual(["BR-01", "BR-03", "BR-02", "BR-04"]);
    expect((await requirement("BR-03")).version).toBe(1);
  });
});

describe("edit form validation", () => {
  it("names each missing field", () => {
    const result = requirementEditSchema.safeParse({ areaId: "", title: " ", body: "", changeNote: "", expectedVersion: "1" });
    expect(Object.fromEntries(result.error!.issues.map((i) => [String(i.path[0]), i.message]))).toEqual({
      areaId: "Choose an area",
      title: "Enter a title",
      body: "Write the requirement",
      changeNote: "Say what changed and why",
    });
  });
});
