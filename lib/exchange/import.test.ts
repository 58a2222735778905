import ExcelJS from "exceljs";
import { beforeEach, describe, expect, it } from "vitest";
import type { CurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { changeRequirementStatus } from "@/lib/requirements/change-requirement-status";
import { updateRequirement } from "@/lib/requirements/update-requirement";
import { seedDatabase } from "@/lib/seed/seed-database";
import { createActor } from "@/test/support/actors";
import { resetDatabase } from "@/test/support/database";
import { applyRequirementsImport } from "./apply-requirements-import";
import { exportRequirements } from "./export-requirements";
import { describeCounts } from "./import-plan";
import { planRequirementsImport } from "./plan-requirements-import";
import { readRequirementsFile, type ImportRow } from "./read-requirements-file";

let wg: CurrentUser;
let modification: { id: string; draftRef: string; title: string };
const AREA = "User Entry Process";

async function exported(format: "csv" | "xlsx") {
  const file = await exportRequirements(db(), modification, { format });
  const bytes = typeof file.body === "string" ? new TextEncoder().encode(file.body) : file.body;
  return { bytes, name: file.filename };
}

async function current(ref: string) {
  return db().requirement.findFirstOrThrow({ where: { modificationId: modification.id, ref }, include: { area: true } });
}

async function rowFor(ref: string, over: Partial<ImportRow> = {}): Promise<ImportRow> {
  const r = await current(ref);
  return { row: 2, ref, area: r.area.title, title: r.title, body: r.body, version: String(r.version), ...over };
}

const counts = async () => ({ versions: await db().requirementVersion.count(), audit: await db().auditEvent.count(), requirements: await db().requirement.count() });

describe("importing requirements", () => {
  beforeEach(async () => {
    await resetDatabase();
    await seedDatabase(db(), { demoAccounts: false });
    wg = await createActor("WORKING_GROUP");
    modification = await db().modification.findUniqueOrThrow({ where: { number: 162 }, select: { id: true, draftRef: true, title: true } });
  });

  it("reads back our own CSV export unchanged, stripping the formula apostrophes", async () => {
    const br = await current("BR-03");
    await updateRequirement(db(), wg, { modificationId: modification.id, requirementId: br.id, expectedVersion: 1, fields: { areaId: br.areaId, title: "=Formula-like title", body: "-starts with a dash\nand \"quotes\", commas" }, changeNote: "x" });
    const { bytes, name } = await exported("csv");
    const rows = await readRequirementsFile(bytes, name);
    expect(rows).toHaveLength(15);
    expect(rows[0]!.row).toBe(2);
    expect(rows.find((r) => r.ref === "BR-03")).toMatchObject({ title: "=Formula-like title", body: "-starts with a dash\nand \"quotes\", commas", version: "2" });
    const plan = await planRequirementsImport(db(), modification.id, rows);
    expect(plan.counts).toEqual({ new: 0, changed: 0, unchanged: 15, errors: 0 });
  });

  it("reads an XLSX file built by hand, columns by header name in any case and order", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Mine");
    sheet.addRow(["body", "TITLE", "Status", "ref", "Area", "version"]);
    sheet.addRow(["New words", "A title", "Draft", "", AREA, ""]);
    sheet.addRow(["More", "Another", "Draft", "br-01", AREA, 1]);
    const rows = await readRequirementsFile(new Uint8Array(await workbook.xlsx.writeBuffer()), "mine.xlsx");
    expect(rows).toEqual([
      { row: 2, ref: "", area: AREA, title: "A title", body: "New words", version: "" },
      { row: 3, ref: "BR-01", area: AREA, title: "Another", body: "More", version: "1" },
    ]);
    const xlsx = await exported("xlsx");
    expect(await readRequirementsFile(xlsx.bytes, xlsx.name)).toHaveLength(15);
  });

  it("refuses files it cannot read, with a reason", async () => {
    const text = (s: string) => new TextEncoder().encode(s);
    await expect(readRequirementsFile(text("Ref,Title\nBR-01,x\n"), "a.csv")).rejects.toThrow("no Area, Body, Version columns");
    await expect(readRequirementsFile(text("x"), "a.pdf")).rejects.toThrow("Choose a .csv or .xlsx file");
    await expect(readRequirementsFile(new Uint8Array([0xff, 0xfe, 0x00]), "a.csv")).rejects.toThrow("not UTF-8");
    await expect(readRequirementsFile(text("not a zip"), "a.xlsx")).rejects.toThrow("not a valid XLSX");
    const many = "Ref,Area,Title,Body,Version\n" + ",a,t,b,\n".repeat(1001);
    await expect(readRequirementsFile(text(many), "a.csv")).rejects.toThrow("more than 1000 rows");
  });

  it("classifies new, changed, unchanged and every kind of error row", async () => {
    const withdrawn = await current("BR-14");
    await changeRequirementStatus(db(), wg, { modificationId: modification.id, requirementId: withdrawn.id, expectedVersion: 1, status: "WITHDRAWN", reason: "Duplicate" });
    const stale = await current("BR-05");
    await updateRequirement(db(), wg, { modificationId: modification.id, requirementId: stale.id, expectedVersion: 1, fields: { areaId: stale.areaId, title: stale.title, body: "v2" }, changeNote: "x" });
    await updateRequirement(db(), wg, { modificationId: modification.id, requirementId: stale.id, expectedVersion: 2, fields: { areaId: stale.areaId, title: stale.title, body: "v3" }, changeNote: "x" });
    const rows: ImportRow[] = [
      { row: 2, ref: "", area: AREA.toUpperCase(), title: "Brand new", body: "Words", version: "" },
      { ...(await rowFor("BR-01")), row: 3, body: "Changed words" },
      { ...(await rowFor("BR-02")), row: 4 },
      { ...(await rowFor("BR-05")), row: 5, version: "1", body: "Mine" },
      { row: 6, ref: "BR-99", area: AREA, title: "t", body: "b", version: "1" },
      { row: 7, ref: "", area: AREA, title: " ", body: "", version: "" },
      { row: 8, ref: "", area: "Nowhere", title: "t", body: "b", version: "" },
      { ...(await rowFor("BR-14", { version: "2" })), row: 9, body: "Revived" },
      { ...(await rowFor("BR-06")), row: 10 },
      { ...(await rowFor("BR-06")), row: 11, body: "Twice" },
    ];
    const plan = await planRequirementsImport(db(), modification.id, rows);
    expect(plan.rows.map((r) => r.kind)).toEqual(["new", "changed", "unchanged", "error", "error", "error", "error", "error", "error", "error"]);
    expect(describeCounts(plan.counts)).toBe("1 new, 1 changed, 1 unchanged, 7 with errors");
    const reasons = Object.fromEntries(plan.rows.map((r) => [r.row, r.kind === "error" ? r.reasons.join(" | ") : ""]));
    expect(reasons[5]).toBe("BR-05 has changed since this file was exported (file has v1, now v3): export again and redo the change");
    expect(reasons[6]).toMatch(/There is no requirement BR-99/);
    expect(reasons[7]).toBe("Enter a title | Write the requirement");
    expect(reasons[8]).toMatch(/There is no area "Nowhere": use one of .*User Entry Process/);
    expect(reasons[9]).toMatch(/BR-14 is withdrawn/);
    expect(reasons[10]).toMatch(/BR-06 appears more than once in the file \(rows 10, 11\)/);
    expect(reasons[11]).toBe(reasons[10]);
    expect(plan.rows[1]).toMatchObject({ kind: "changed", ref: "BR-01", before: { body: (await current("BR-01")).body }, after: { body: "Changed words" } });
  });

  it("applies new and changed rows as versions, with an audit event each and one summary event", async () => {
    const rows = [{ row: 2, ref: "", area: AREA, title: "Imported one", body: "Words", version: "" }, { ...(await rowFor("BR-01")), row: 3, body: "Changed words" }, { ...(await rowFor("BR-02")), row: 4 }];
    const result = await applyRequirementsImport(db(), wg, { modificationId: modification.id, payload: { fileName: "DP162-requirements.csv", rows } });
    expect(result).toEqual({ created: 1, updated: 1 });
    const br01 = await db().requirement.findFirstOrThrow({ where: { modificationId: modification.id, ref: "BR-01" }, include: { versions: { orderBy: { version: "desc" }, take: 1 } } });
    expect(br01).toMatchObject({ version: 2, body: "Changed words" });
    expect(br01.versions[0]).toMatchObject({ changeNote: "Imported from DP162-requirements.csv", authorId: wg.id });
    expect(await current("BR-16")).toMatchObject({ title: "Imported one", status: "DRAFT" });
    expect(await db().auditEvent.count({ where: { action: { in: ["requirement.created", "requirement.updated"] }, actorId: wg.id } })).toBe(2);
    const summary = await db().auditEvent.findFirstOrThrow({ where: { action: "requirements.imported" } });
    expect(summary).toMatchObject({ actorId: wg.id, modificationId: modification.id, after: { fileName: "DP162-requirements.csv", created: 1, updated: 1 } });
  });

  it("writes nothing at all when one row is stale at apply time", async () => {
    const rows = [{ row: 2, ref: "", area: AREA, title: "Imported one", body: "Words", version: "" }, { ...(await rowFor("BR-01")), row: 3, body: "Mine" }, { ...(await rowFor("BR-02")), row: 4, body: "Also mine" }];
    const br02 = await current("BR-02");
    await updateRequirement(db(), wg, { modificationId: modification.id, requirementId: br02.id, expectedVersion: 1, fields: { areaId: br02.areaId, title: br02.title, body: "Theirs" }, changeNote: "x" });
    const before = await counts();
    await expect(applyRequirementsImport(db(), wg, { modificationId: modification.id, payload: { fileName: "f.csv", rows } })).rejects.toThrow(
      "Nothing was imported. Row 4 (BR-02): BR-02 has changed since this file was exported (file has v1, now v2)",
    );
    expect(await counts()).toEqual(before);
    expect((await current("BR-01")).version).toBe(1);
  });

  it("refuses a reviewer and writes nothing", async () => {
    const reviewer = await createActor("REVIEWER");
    const before = await counts();
    const rows = [{ row: 2, ref: "", area: AREA, title: "Sneaky", body: "Words", version: "" }];
    await expect(applyRequirementsImport(db(), reviewer, { modificationId: modification.id, payload: { fileName: "f.csv", rows } })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await counts()).toEqual(before);
  });
});
