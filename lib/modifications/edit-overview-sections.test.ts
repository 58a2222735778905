import { beforeAll, describe, expect, it } from "vitest";
import type { CurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { createActor } from "@/test/support/actors";
import { resetDatabase } from "@/test/support/database";
import { modificationVersion, raiseTestProposal } from "@/test/support/lifecycle";
import { changedTables, snapshotTables } from "@/test/support/snapshot";
import { seedTwoModifications } from "@/test/support/two-modifications";
import { expectVersionConflict } from "@/test/support/version-conflict";
import { editOverviewSections } from "./edit-overview-sections";
import { findSectionHistory } from "./find-section-history";

let secas: CurrentUser;
let other: CurrentUser;
let id: string;

const texts = async () =>
  db().modification.findUniqueOrThrow({ where: { id }, select: { summary: true, issue: true, solution: true, whoIsImpacted: true, secDocumentsAffected: true } });

beforeAll(async () => {
  await resetDatabase();
  await seedTwoModifications();
  secas = await createActor("SECAS");
  other = await createActor("SECAS");
  ({ id } = await raiseTestProposal(secas, { number: "163" }));
});

describe("editing the overview's sections", () => {
  it("writes a new version of each changed section only, the current text on the modification, and one audit event", async () => {
    const before = await snapshotTables();
    const result = await editOverviewSections(db(), secas, {
      modificationId: id,
      expectedVersion: 1,
      ...(await texts()),
      solution: "Add a **new** role.",
      whoIsImpacted: "Suppliers and the DCC.",
      changeNote: "After the first Working Group",
    });
    expect(result).toEqual({ version: 2, changed: ["SOLUTION", "WHO_IS_IMPACTED"] });
    expect(changedTables(before, await snapshotTables())).toEqual(["AuditEvent", "Modification", "ModificationSectionVersion"]);
    expect(await texts()).toMatchObject({ solution: "Add a **new** role.", whoIsImpacted: "Suppliers and the DCC." });
    const event = await db().auditEvent.findFirstOrThrow({ where: { entityId: id, action: "modification.sectionsEdited" }, select: { before: true, after: true } });
    expect(event).toEqual({
      before: { solution: "", whoIsImpacted: "", version: 1 },
      after: { solution: "Add a **new** role.", whoIsImpacted: "Suppliers and the DCC.", changeNote: "After the first Working Group", version: 2 },
    });
  });

  it("numbers each section's versions on from its last, and lists them newest first", async () => {
    await editOverviewSections(db(), other, { modificationId: id, expectedVersion: 2, ...(await texts()), issue: "A sharper issue statement.", solution: "A new role.", changeNote: "Tightened" });
    const history = await findSectionHistory(db(), id);
    expect(history.map((v) => [v.section, v.number, v.author.name])).toEqual([
      ["ISSUE", 2, other.name],
      ["ISSUE", 1, secas.name],
      ["SOLUTION", 2, other.name],
      ["SOLUTION", 1, secas.name],
      ["WHO_IS_IMPACTED", 1, secas.name],
    ]);
  });

  it("from an old version is a conflict naming who saved which version, and writes nothing", async () => {
    const before = await snapshotTables();
    const save = editOverviewSections(db(), secas, { modificationId: id, expectedVersion: 2, ...(await texts()), summary: "Mine", changeNote: "Late" });
    await expectVersionConflict(save, { version: 3, author: other.name, what: "the overview of DP163" });
    expect(changedTables(before, await snapshotTables())).toEqual([]);
  });

  it("with nothing changed is refused", async () => {
    const save = editOverviewSections(db(), secas, { modificationId: id, expectedVersion: await modificationVersion(id), ...(await texts()), changeNote: "Nothing" });
    await expect(save).rejects.toMatchObject({ code: "VALIDATION", message: expect.stringContaining("Nothing was changed") });
  });

  it.each([
    ["no change note", { changeNote: "" }, "changeNote"],
    ["an empty issue", { issue: " " }, "issue"],
    ["a NUL in the solution", { solution: "a\u0000b" }, "solution"],
    ["a summary too long", { summary: "x".repeat(1001) }, "summary"],
  ])("is refused with %s", async (_, overrides, field) => {
    const save = editOverviewSections(db(), secas, { modificationId: id, expectedVersion: await modificationVersion(id), ...(await texts()), changeNote: "Why", ...overrides });
    await expect(save).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: { [field]: [expect.any(String)] } });
  });

  it("keeps section versions append-only: the database refuses to change or remove one", async () => {
    const [version] = await findSectionHistory(db(), id);
    await expect(db().modificationSectionVersion.update({ where: { id: version!.id }, data: { text: "Rewritten history" } })).rejects.toThrow(/append-only/);
    await expect(db().modificationSectionVersion.delete({ where: { id: version!.id } })).rejects.toThrow(/append-only/);
  });
});
