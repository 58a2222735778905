import { beforeEach, describe, expect, it } from "vitest";
import type { CurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import type { RequirementStatus } from "@/lib/generated/prisma/enums";
import { createLargeModification } from "@/test/support/large-modification";
import { REVIEW_SCOPE_BASELINE } from "@/lib/seed/dp162";
import { seedDatabase } from "@/lib/seed/seed-database";
import { createActor } from "@/test/support/actors";
import { resetDatabase } from "@/test/support/database";
import { changedTables, snapshotTables } from "@/test/support/snapshot";
import { compareSides } from "./compare-requirement-sets";
import { createBaseline } from "./create-baseline";
import { findBaselines } from "./find-baselines";
import { getBaselineRequirements, getCurrentRequirements } from "./get-baseline-requirements";

async function dp162() {
  return db().modification.findUniqueOrThrow({ where: { number: 162 }, select: { id: true } });
}

/** What requirement editing will do (built elsewhere): a new version, and the requirement pointing at it. */
async function editRequirement(actor: CurrentUser, modificationId: string, ref: string, change: { title?: string; body?: string; status?: RequirementStatus }) {
  await db().$transaction(async (tx) => {
    const r = await tx.requirement.findUniqueOrThrow({ where: { modificationId_ref: { modificationId, ref } } });
    const next = { title: change.title ?? r.title, body: change.body ?? r.body, status: change.status ?? r.status };
    await tx.requirementVersion.create({
      data: { requirementId: r.id, version: r.version + 1, areaId: r.areaId, ...next, authorId: actor.id, changeNote: "Test edit" },
    });
    await tx.requirement.update({ where: { id: r.id }, data: { ...next, version: r.version + 1 } });
  });
}

/** The seed freezes one baseline: the scope of its open review rounds. */
const SEEDED = 1;

describe("freezing a baseline", () => {
  beforeEach(async () => {
    await resetDatabase();
    await seedDatabase(db(), { demoAccounts: false });
  });

  it("takes each requirement's current version, and a later edit does not change it", async () => {
    const wg = await createActor("WORKING_GROUP");
    const m = await dp162();
    await editRequirement(wg, m.id, "BR-03", { title: "Edited before the freeze" });

    const { id } = await createBaseline(db(), wg, { modificationId: m.id, name: "Business Requirements v0.1" });
    const frozen = await getBaselineRequirements(db(), id);
    expect(frozen).toHaveLength(15);
    expect(frozen.find((r) => r.ref === "BR-03")).toMatchObject({ version: 2, title: "Edited before the freeze" });
    expect(frozen.filter((r) => r.ref !== "BR-03").every((r) => r.version === 1)).toBe(true);

    await editRequirement(wg, m.id, "BR-03", { title: "Edited after the freeze" });
    expect(await getBaselineRequirements(db(), id)).toEqual(frozen);
    expect((await getCurrentRequirements(db(), m.id)).find((r) => r.ref === "BR-03")).toMatchObject({ version: 3, title: "Edited after the freeze" });
  });

  it("lists baselines with their requirement counts and records the audit event", async () => {
    const secas = await createActor("SECAS");
    const m = await dp162();
    const { id } = await createBaseline(db(), secas, { modificationId: m.id, name: "Business Requirements v0.1", description: "For the July Working Group" });
    // Newest first, before the one the seed froze for its review rounds.
    expect(await findBaselines(db(), m.id)).toEqual([
      expect.objectContaining({ id, name: "Business Requirements v0.1", description: "For the July Working Group", requirementCount: 15 }),
      expect.objectContaining({ name: REVIEW_SCOPE_BASELINE.name }),
    ]);
    const events = await db().auditEvent.findMany({ where: { entityId: id } });
    expect(events).toEqual([expect.objectContaining({ action: "baseline.created", entityType: "Baseline", actorId: secas.id, modificationId: m.id })]);
    expect(events[0]!.after).toMatchObject({ name: "Business Requirements v0.1", versions: { "BR-01": 1, "BR-15": 1 } });
  });

  it("refuses a second baseline with the same name, with a message for the field", async () => {
    const wg = await createActor("WORKING_GROUP");
    const m = await dp162();
    await createBaseline(db(), wg, { modificationId: m.id, name: "Business Requirements v0.1" });
    await expect(createBaseline(db(), wg, { modificationId: m.id, name: "Business Requirements v0.1" })).rejects.toMatchObject({
      code: "CONFLICT",
      fieldErrors: { name: [expect.stringContaining("already has a baseline with this name")] },
    });
    expect(await db().baseline.count()).toBe(SEEDED + 1);
    expect(await db().baselineEntry.count()).toBe(15 * (SEEDED + 1));
    expect(await db().auditEvent.count()).toBe(1);
  });

  it("refuses to freeze a modification that has no requirements yet, and writes nothing", async () => {
    const wg = await createActor("WORKING_GROUP");
    const empty = await createLargeModification(db(), { number: 964, requirements: 0, versionsPerRequirement: 1, comments: 0 });
    const before = await snapshotTables();
    await expect(createBaseline(db(), wg, { modificationId: empty.id, name: "Nothing yet" })).rejects.toMatchObject({
      code: "VALIDATION",
      message: "There are no requirements to freeze yet.",
    });
    expect(changedTables(before, await snapshotTables())).toEqual([]);
  });

  it.each(["REVIEWER", "DCC_ANALYST", "PARTY_RESPONDENT"] as const)("refuses a %s, and writes nothing", async (role) => {
    const actor = await createActor(role);
    const m = await dp162();
    await expect(createBaseline(db(), actor, { modificationId: m.id, name: "Sneaky" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(createBaseline(db(), null, { modificationId: m.id, name: "Sneaky" })).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    expect(await db().baseline.count()).toBe(SEEDED);
    expect(await db().auditEvent.count()).toBe(0);
  });

  it("is immutable in the database: entries cannot be changed or removed, nor the baseline renamed", async () => {
    const wg = await createActor("WORKING_GROUP");
    const m = await dp162();
    const { id } = await createBaseline(db(), wg, { modificationId: m.id, name: "Frozen" });
    const entry = await db().baselineEntry.findFirstOrThrow({ where: { baselineId: id } });
    const other = await db().requirementVersion.findFirstOrThrow({ where: { id: { not: entry.requirementVersionId } } });
    const key = { baselineId_requirementVersionId: entry };
    await expect(db().baselineEntry.update({ where: key, data: { requirementVersionId: other.id } })).rejects.toThrow(/append-only/);
    await expect(db().baselineEntry.delete({ where: key })).rejects.toThrow(/append-only/);
    await expect(db().baseline.update({ where: { id }, data: { name: "Renamed" } })).rejects.toThrow(/append-only/);
    await expect(db().baseline.delete({ where: { id } })).rejects.toThrow(/append-only/);
    expect(await db().baselineEntry.count({ where: { baselineId: id } })).toBe(15);
    expect((await db().baseline.findUniqueOrThrow({ where: { id } })).name).toBe("Frozen");
  });
});

describe("comparing requirement sets", () => {
  beforeEach(async () => {
    await resetDatabase();
    await seedDatabase(db(), { demoAccounts: false });
  });

  it("reports no changes between a baseline and now before any edit", async () => {
    const wg = await createActor("WORKING_GROUP");
    const m = await dp162();
    const { id } = await createBaseline(db(), wg, { modificationId: m.id, name: "v0.1" });
    const { comparison, from, to } = await compareSides(db(), m.id, id, "now");
    expect(from).toMatchObject({ kind: "baseline", baseline: { name: "v0.1" } });
    expect(to).toEqual({ kind: "now" });
    expect(comparison).toEqual({ added: [], withdrawn: [], changed: [], unchanged: 15 });
  });

  it("reports added, withdrawn and changed requirements with a word redline, baseline to baseline and to now", async () => {
    const wg = await createActor("WORKING_GROUP");
    const m = await dp162();
    const first = await createBaseline(db(), wg, { modificationId: m.id, name: "v0.1" });
    const br02 = await db().requirement.findUniqueOrThrow({ where: { modificationId_ref: { modificationId: m.id, ref: "BR-02" } } });
    await editRequirement(wg, m.id, "BR-02", { title: "A sharper title", body: `${br02.body}\n\nThe DCC shall log every request.` });
    await editRequirement(wg, m.id, "BR-07", { status: "WITHDRAWN" });
    const added = await addRequirement(wg, m.id);
    const second = await createBaseline(db(), wg, { modificationId: m.id, name: "v0.2" });

    for (const to of [second.id, "now"]) {
      const { comparison } = await compareSides(db(), m.id, first.id, to);
      expect(comparison.added.map((r) => r.ref)).toEqual([added]);
      expect(comparison.withdrawn.map((w) => [w.before.ref, w.after?.status])).toEqual([["BR-07", "WITHDRAWN"]]);
      expect(comparison.changed).toHaveLength(1);
      const [change] = comparison.changed;
      expect(change!.after.ref).toBe("BR-02");
      expect(change!.fields).toEqual([{ label: "Title", before: br02.title, after: "A sharper title" }]);
      expect(change!.bodyChanged).toBe(true);
      expect(change!.body.filter((p) => p.kind === "added").map((p) => p.text).join("")).toContain("The DCC shall log every request.");
      expect(change!.body.some((p) => p.kind === "removed")).toBe(false);
      expect(comparison.unchanged).toBe(13);
    }

    // Backwards, the requirement added later is missing from the later set: reported as withdrawn.
    const { comparison: backwards } = await compareSides(db(), m.id, second.id, first.id);
    expect(backwards.withdrawn.map((w) => [w.before.ref, w.after])).toEqual([[added, null]]);
  });

  it("refuses a baseline of another modification or one that does not exist", async () => {
    const m = await dp162();
    const secas = await createActor("SECAS");
    const other = await createLargeModification(db(), { number: 965, requirements: 3, versionsPerRequirement: 1, comments: 0 });
    const theirs = await createBaseline(db(), secas, { modificationId: other.id, name: "v0.1" });
    await expect(compareSides(db(), other.id, theirs.id, "now")).resolves.toMatchObject({ comparison: { unchanged: 3 } });
    for (const id of ["nosuchbaseline", theirs.id]) {
      await expect(compareSides(db(), m.id, id, "now")).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(compareSides(db(), m.id, "now", id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
  });
});

/** A brand-new requirement BR-16 at version 1, as requirement creation will make it. */
async function addRequirement(actor: CurrentUser, modificationId: string): Promise<string> {
  const area = await db().requirementArea.findFirstOrThrow({ where: { modificationId }, orderBy: { position: "asc" } });
  const r = await db().requirement.create({
    data: { modificationId, number: 16, ref: "BR-16", areaId: area.id, position: 99, title: "A new requirement", body: "The DCC shall do something new.", status: "DRAFT" },
  });
  await db().requirementVersion.create({
    data: { requirementId: r.id, version: 1, areaId: area.id, title: r.title, body: r.body, status: r.status, authorId: actor.id, changeNote: "First draft" },
  });
  return r.ref;
}
