import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { addResponse, createClosedConsultation, type ClosedTestConsultation } from "@/test/support/collation";
import { resetDatabase } from "@/test/support/database";
import { seedTwoModifications } from "@/test/support/two-modifications";
import { unzipText } from "@/test/support/unzip-text";
import { exportCollation } from "./export-collation";

// The downloads hold what the public page holds: the counts, the non-confidential answers (formula-
// defused), and confidential material only as a count. The DOCX and XLSX open in LibreOffice.
const MARKER = "ZEBRA-CONFIDENTIAL-7731";
const SECRET_ORGANISATION = "Okapi Hidden Supply 4410";
const m = { id: "", draftRef: "DP162" };
/** When the late response arrived: 17:00 in the UK (summer time). */
const LATE = new Date("2022-06-03T16:00:00Z");
let c: ClosedTestConsultation;
let dir: string;

const soffice = (file: string, to: string) => {
  execFileSync("soffice", ["--headless", `-env:UserInstallation=file://${dir}/profile`, "--convert-to", to, "--outdir", dir, file], { stdio: "ignore", timeout: 120_000 });
  return readFileSync(file.replace(/\.\w+$/, `.${to.split(":")[0]}`), "utf8");
};

describe("the published collation's downloads", () => {
  beforeAll(async () => {
    await resetDatabase();
    m.id = (await seedTwoModifications()).dp162;
    c = await createClosedConsultation(m.id, { requirements: 2 });
    await addResponse(c, { organisation: "Brightwater Energy", category: "LARGE_SUPPLIER", agree: { position: "AGREE", rationale: "=HYPERLINK(\"http://evil\")", themes: ["cost"] }, requirements: { position: "SUPPORT" } });
    await addResponse(c, { organisation: "Kestrel Power", category: "SMALL_SUPPLIER", agree: { position: "DISAGREE", rationale: MARKER, confidential: true }, impact: { impactLevel: "LOW", rationale: "Small impact" } });
    await addResponse(c, { organisation: "Consumer Voice", category: "CONSUMER_BODY", late: true, submittedAt: LATE, agree: { position: "AGREE", rationale: "Privacy first" } });
    await addResponse(c, { organisation: SECRET_ORGANISATION, category: "DCC", confidential: true, agree: { position: "AGREE", rationale: "whole secret" }, requirements: { position: "OPPOSE", comment: "secret comment" } });
    dir = mkdtempSync(path.join(tmpdir(), "collation-export-"));
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("is not there until the collation is published", async () => {
    await expect(exportCollation(db(), m, c.id, "csv")).rejects.toMatchObject({ code: "NOT_FOUND" });
    await db().consultation.update({ where: { id: c.id }, data: { status: "PUBLISHED", publishedAt: new Date() } });
  });

  it("writes CSV with the counts, the confidential counts and the answers, defusing formulas", async () => {
    const csv = String((await exportCollation(db(), m, c.id, "csv")).body);
    expect(csv).toContain("Do you agree with the solution?");
    expect(csv).toContain("Count,1,Do you agree with the solution?,,Large Supplier,,Agree,1");
    expect(csv).toContain("1 confidential response");
    expect(csv).toContain("2 confidential answers");
    expect(csv).toContain(`"'=HYPERLINK(""http://evil"")"`);
    for (const secret of [MARKER, SECRET_ORGANISATION, "whole secret", "secret comment"]) expect(csv).not.toContain(secret);
  });

  it("gives a late answer's time of arrival, and none for one on time", async () => {
    const lines = String((await exportCollation(db(), m, c.id, "csv")).body).split("\r\n");
    expect(lines[0]).toMatch(/,Late: received \(UTC\)$/);
    expect(lines.find((l) => l.includes("Consumer Voice,Agree"))).toMatch(/,2022-06-03T16:00:00\.000Z$/);
    expect(lines.find((l) => l.includes("Brightwater Energy,Agree"))).toMatch(/,$/);
    const text = await unzipText((await exportCollation(db(), m, c.id, "docx")).body as Uint8Array);
    expect(text).toContain("Consumer Voice (Consumer body): Agree [late: received 3 Jun 2022, 17:00]");
    expect(text).toContain("Brightwater Energy (Large Supplier): Agree</w:t>");
  });

  it("writes an XLSX that LibreOffice opens, with the question text and counts, and no secret", async () => {
    const file = await exportCollation(db(), m, c.id, "xlsx");
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(file.body as Uint8Array) as unknown as ArrayBuffer);
    const cell = book.worksheets[0]!.getColumn(9).values.find((v) => typeof v === "string" && v.includes("HYPERLINK"));
    // A string cell, not a formula (exceljs would read one back as { formula }): never run, as lib/exchange/xlsx.ts holds.
    expect(cell).toBe("=HYPERLINK(\"http://evil\")");
    for (const secret of [MARKER, SECRET_ORGANISATION, "whole secret"]) expect(await unzipText(file.body as Uint8Array)).not.toContain(secret);
    const xlsx = path.join(dir, "collated.xlsx");
    writeFileSync(xlsx, file.body as Uint8Array);
    const csv = soffice(xlsx, "csv");
    expect(csv).toContain("Do you agree with the solution?");
    expect(csv).toMatch(/Count,1,Do you agree with the solution\?,,Large Supplier,,Agree,1/);
    expect(csv).toMatch(/,Consumer Voice,Agree,,Privacy first,+2022-06-03 16:00/);
  }, 180_000);

  it("writes a DOCX with headings and tables that LibreOffice opens, with the question text and counts, and no secret", async () => {
    const file = await exportCollation(db(), m, c.id, "docx");
    const xml = await unzipText(file.body as Uint8Array);
    expect(xml).toContain('w:val="Heading1"');
    expect(xml).toContain("<w:tbl>");
    for (const secret of [MARKER, SECRET_ORGANISATION, "whole secret", "secret comment"]) expect(xml).not.toContain(secret);
    const docx = path.join(dir, "collated.docx");
    writeFileSync(docx, file.body as Uint8Array);
    const text = soffice(docx, "txt:Text");
    expect(text).toContain("Question 1: Do you agree with the solution?");
    expect(text).toContain("1 confidential response");
    expect(text).toContain("Large Supplier");
    expect(text).toContain("Brightwater Energy (Large Supplier): Agree");
  }, 180_000);
});
