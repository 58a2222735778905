import { beforeEach, describe, expect, it } from "vitest";
import type { CurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { seedDatabase } from "@/lib/seed/seed-database";
import { createActor } from "@/test/support/actors";
import { resetDatabase } from "@/test/support/database";
import { applyRequirementsImport } from "@/lib/exchange/apply-requirements-import";
import { createRequirement } from "./create-requirement";
import { addTraceLink } from "./change-trace-links";
import { moveRequirement } from "./move-requirement";
import { updateRequirement } from "./update-requirement";

// Two members pressing "move down" at the same moment used to leave two requirements at one
// position and lose another. These run the moves truly in parallel on the real database.
let wg: CurrentUser;
let wg2: CurrentUser;
let modificationId: string;
let areaId: string;

const order = async (area = areaId) =>
  db().requirement.findMany({ where: { areaId: area }, orderBy: { position: "asc" }, select: { id: true, ref: true, position: true } });

/** Every requirement still there, each at its own place. */
async function expectPermutationOf(before: { id: string; position: number }[], area = areaId) {
  const after = await order(area);
  expect(after.map((r) => r.id).sort()).toEqual(before.map((r) => r.id).sort());
  expect(new Set(after.map((r) => r.position)).size).toBe(after.length);
  expect(after.map((r) => r.position).sort((a, b) => a - b)).toEqual(before.map((r) => r.position).sort((a, b) => a - b));
}

describe("reordering requirements at the same moment", () => {
  beforeEach(async () => {
    await resetDatabase();
    await seedDatabase(db(), { demoAccounts: false });
    wg = await createActor("WORKING_GROUP");
    wg2 = await createActor("WORKING_GROUP");
    ({ id: modificationId } = await db().modification.findUniqueOrThrow({ where: { number: 162 } }));
    // The seeded area with the most requirements.
    const areas = await db().requirementArea.findMany({ where: { modificationId }, select: { id: true, _count: { select: { requirements: true } } } });
    ({ id: areaId } = areas.sort((a, b) => b._count.requirements - a._count.requirements)[0]!);
    expect((await order()).length).toBeGreaterThanOrEqual(4);
  });

  it("two people moving neighbours down at once both get their move, and nothing is lost", async () => {
    for (let trial = 0; trial < 6; trial++) {
      const before = await order();
      const [a, b] = [before[1]!, before[2]!];
      await Promise.all([
        moveRequirement(db(), wg, { modificationId, requirementId: a.id, direction: "down" }),
        moveRequirement(db(), wg2, { modificationId, requirementId: b.id, direction: "down" }),
      ]);
      await expectPermutationOf(before);
      // Each move swapped with whoever was below it when its turn came: if a's went first, b's moved
      // it back (the starting order); if b's went first, both end one place lower.
      const ids = before.map((r) => r.id);
      const bFirst = [ids[0], ids[3], a.id, b.id, ...ids.slice(4)];
      expect([ids, bFirst]).toContainEqual((await order()).map((r) => r.id));
    }
  });

  it("linking a requirement to its neighbour while the pair is being moved ends without a deadlock", async () => {
    // The unique (areaId, position) index makes a move's UPDATE lock whole rows, which a link's
    // foreign-key checks on both requirements wait for: without a common lock order they deadlocked.
    for (let trial = 0; trial < 10; trial++) {
      const before = await order();
      const [a, b] = [before[1]!, before[2]!];
      const { ref } = await db().requirement.findUniqueOrThrow({ where: { id: b.id }, select: { ref: true } });
      const { version } = await db().requirement.findUniqueOrThrow({ where: { id: a.id }, select: { version: true } });
      const link = { kind: "REQUIREMENT" as const, target: ref, note: `trial ${trial}`, expectedVersion: version };
      await Promise.all([
        moveRequirement(db(), wg, { modificationId, requirementId: b.id, direction: "up" }),
        db().traceLink.deleteMany({ where: { requirementId: a.id } }).then(() => addTraceLink(db(), wg2, { modificationId, requirementId: a.id, link })),
      ]);
      await expectPermutationOf(before);
    }
  });

  it("sixteen parallel moves leave the positions a permutation", async () => {
    const before = await order();
    const moves = Array.from({ length: 16 }, (_, i) =>
      moveRequirement(db(), i % 2 ? wg : wg2, { modificationId, requirementId: before[i % before.length]!.id, direction: i % 3 ? "down" : "up" }),
    );
    await Promise.all(moves);
    await expectPermutationOf(before);
    expect(await db().auditEvent.count({ where: { action: "requirement.moved" } })).toBeGreaterThan(0);
  });

  it("creating, moving into and editing in an area at the same time as moves keeps every place distinct", async () => {
    const other = await db().requirement.findFirstOrThrow({ where: { modificationId, areaId: { not: areaId } }, select: { id: true, areaId: true, title: true, body: true } });
    const before = await order();
    await Promise.all([
      ...before.slice(0, 3).map((r, i) => moveRequirement(db(), wg, { modificationId, requirementId: r.id, direction: i % 2 ? "up" : "down" })),
      createRequirement(db(), wg2, { modificationId, fields: { areaId, title: "New", body: "Text" }, changeNote: "x" }),
      createRequirement(db(), wg, { modificationId, fields: { areaId, title: "Newer", body: "Text" }, changeNote: "x" }),
      updateRequirement(db(), wg2, { modificationId, requirementId: other.id, expectedVersion: 1, fields: { areaId, title: other.title, body: other.body }, changeNote: "Moved here" }),
      // An edit of the words only must not write back the place it read before a move.
      updateRequirement(db(), wg, { modificationId, requirementId: before[1]!.id, expectedVersion: 1, fields: { areaId, title: "Reworded", body: "Reworded" }, changeNote: "x" }),
    ]);
    const after = await order();
    expect(after).toHaveLength(before.length + 3);
    expect(new Set(after.map((r) => r.position)).size).toBe(after.length);
  });

  it("an import, creations and moves at once all land, each requirement at its own place", async () => {
    const areas = await db().requirementArea.findMany({ where: { modificationId }, orderBy: { id: "desc" }, select: { id: true, title: true } });
    const rows = areas.flatMap((a, i) => [{ row: 2 + i, ref: "", area: a.title, title: `Imported into ${a.title}`, body: "Words", version: "" }]);
    const before = await order();
    await Promise.all([
      applyRequirementsImport(db(), wg, { modificationId, payload: { fileName: "a.csv", rows } }),
      applyRequirementsImport(db(), wg2, { modificationId, payload: { fileName: "b.csv", rows: [...rows].reverse().map((r, i) => ({ ...r, row: 2 + i })) } }),
      ...areas.map((a) => createRequirement(db(), wg, { modificationId, fields: { areaId: a.id, title: "New", body: "Text" }, changeNote: "x" })),
      ...before.slice(0, 4).map((r, i) => moveRequirement(db(), wg2, { modificationId, requirementId: r.id, direction: i % 2 ? "up" : "down" })),
    ]);
    for (const area of areas) {
      const placed = await order(area.id);
      expect(new Set(placed.map((r) => r.position)).size).toBe(placed.length);
    }
    expect(await db().requirement.count({ where: { modificationId, title: { startsWith: "Imported into" } } })).toBe(2 * areas.length);
  });

  it("the database itself refuses two requirements at one place", async () => {
    const [first] = await order();
    const second = (await order())[1]!;
    await expect(db().requirement.update({ where: { id: second.id }, data: { position: first!.position } })).rejects.toThrow(/Unique constraint/);
  });
});
