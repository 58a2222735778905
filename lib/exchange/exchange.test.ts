import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { createBaseline } from "@/lib/baselines/create-baseline";
import type { RequirementSnapshot } from "@/lib/baselines/get-baseline-requirements";
import { db } from "@/lib/db";
import { seedDatabase } from "@/lib/seed/seed-database";
import { createActor } from "@/test/support/actors";
import { resetDatabase } from "@/test/support/database";
import { toCsv } from "./csv";
import { exportBaselineReqif, exportRequirements } from "./export-requirements";
import { escapeXml, REQIF_NAMESPACE, toReqif } from "./reqif";
import { slugify } from "./requirements-table";
import { toXlsx } from "./xlsx";

const snapshot = (over: Partial<RequirementSnapshot> = {}): RequirementSnapshot => ({
  requirementId: "ckrequirement0001",
  ref: "BR-01",
  number: 1,
  position: 1,
  version: 2,
  title: "New User Role",
  body: "The DCC shall <never> accept & \"quoted\" 'text'.\n\n- a list item",
  status: "AGREED",
  area: { id: "area1", code: "ROLE", title: "MDR User Role", position: 1 },
  changedAt: new Date("2026-07-01T09:30:00Z"),
  ...over,
});

describe("CSV", () => {
  it("quotes commas, quotes and line breaks as RFC 4180 says, with a BOM and CRLF", () => {
    const csv = toCsv(["Ref", "Body"], [["BR-01", 'a, b'], ["BR-02", 'say "hi"'], ["BR-03", "line one\nline two"], ["BR-04", null]]);
    expect(csv.startsWith("\uFEFFRef,Body\r\n")).toBe(true);
    expect(csv.slice(1).split("\r\n")).toEqual(["Ref,Body", 'BR-01,"a, b"', 'BR-02,"say ""hi"""', 'BR-03,"line one\nline two"', "BR-04,", ""]);
  });

  it("neutralises cells a spreadsheet would run as formulas", () => {
    const csv = toCsv(["A"], [["=HYPERLINK(\"http://x\")"], ["+1"], ["-2"], ["@SUM(A1)"], ["safe = yes"], [42], [new Date("2026-01-02T03:04:05Z")]]);
    expect(csv.slice(1).split("\r\n").slice(1, -1)).toEqual(['"\'=HYPERLINK(""http://x"")"', "'+1", "'-2", "'@SUM(A1)", "safe = yes", "42", "2026-01-02T03:04:05.000Z"]);
  });
});

describe("XLSX", () => {
  it("reads back with a bold, frozen header, set widths and the same cells", async () => {
    const buffer = await toXlsx("DP162: v0.1 [draft]", [{ header: "Ref", width: 9 }, { header: "Body", width: 90, wrap: true }, { header: "Last changed", width: 18 }], [
      ["BR-01", "=1+1, with \"quotes\"\nand a line", new Date("2026-07-01T09:30:00Z")],
    ]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
    expect(workbook.worksheets).toHaveLength(1);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.name).toBe("DP162  v0.1  draft");
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(sheet.getRow(1).values).toEqual([undefined, "Ref", "Body", "Last changed"]);
    expect(sheet.getColumn(2).width).toBe(90);
    // A string stays a string in XLSX: it is never run as a formula, so no apostrophe is needed.
    expect(sheet.getCell("B2").value).toBe("=1+1, with \"quotes\"\nand a line");
    expect(sheet.getCell("C2").value).toEqual(new Date("2026-07-01T09:30:00Z"));
    expect(sheet.getCell("C2").numFmt).toBe("yyyy-mm-dd hh:mm");
  });

  it("formats a column as dates when only a later row holds one (a collation's late answers)", async () => {
    const buffer = await toXlsx("late", [{ header: "Row", width: 9 }, { header: "Late: received", width: 18 }], [["Count", null], ["Answer", new Date("2022-06-03T16:00:00Z")]]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
    expect(workbook.worksheets[0]!.getCell("B3").numFmt).toBe("yyyy-mm-dd hh:mm");
  });
});

/** Enough of an XML parser to prove the document is well formed: balanced tags, one root, escaped text and attributes. */
function parseXml(xml: string) {
  const body = xml.replace(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n/, "");
  const token = /<(\/?)([A-Za-z_][\w.-]*)((?:\s+[\w:.-]+="[^"<]*")*)\s*(\/?)>|([^<]+)/gy;
  const stack: string[] = [];
  const elements: { name: string; attributes: Record<string, string> }[] = [];
  let roots = 0;
  let end = 0;
  for (let m = token.exec(body); m; m = token.exec(body)) {
    end = token.lastIndex;
    const [, closing, name, attributeText, selfClosing, text] = m;
    const raw = text ?? attributeText ?? "";
    expect(raw.replace(/&(amp|lt|gt|quot|apos|#\d+);/g, ""), `unescaped & in ${raw}`).not.toContain("&");
    if (text !== undefined) {
      if (stack.length === 0) expect(text.trim()).toBe("");
      continue;
    }
    if (closing) {
      expect(stack.pop(), `</${name}> closes the open element`).toBe(name);
      continue;
    }
    if (stack.length === 0) roots++;
    const attributes = Object.fromEntries([...attributeText!.matchAll(/([\w:.-]+)="([^"]*)"/g)].map(([, k, v]) => [k!, decode(v!)]));
    elements.push({ name: name!, attributes });
    if (!selfClosing) stack.push(name!);
  }
  expect(end, "the whole document is markup or text").toBe(body.length);
  expect(stack).toEqual([]);
  expect(roots).toBe(1);
  return elements;
}

const decode = (s: string) =>
  s.replace(/&(amp|lt|gt|quot|apos|#\d+);/g, (_, e: string) => (e.startsWith("#") ? String.fromCharCode(Number(e.slice(1))) : { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" }[e]!));

describe("ReqIF", () => {
  const doc = {
    id: "ckbaseline0001",
    title: "DP162 SEC changes: Business Requirements v0.1",
    specificationName: "Business Requirements v0.1",
    createdAt: new Date("2026-07-02T10:00:00Z"),
    requirements: [snapshot(), snapshot({ requirementId: "ckrequirement0002", ref: "BR-02", title: "Second <one>", status: "DRAFT" })],
  };

  it("escapes the five XML characters and keeps line breaks in attributes", () => {
    expect(escapeXml(`<a & b> "c" 'd'\ne`)).toBe("&lt;a &amp; b&gt; &quot;c&quot; &apos;d&apos;&#10;e");
    expect(escapeXml("bell\u0007")).toBe("bell");
  });

  it("is a well-formed ReqIF 1.2 document with a stable identifier for every object", () => {
    const xml = toReqif(doc);
    const elements = parseXml(xml);
    expect(elements[0]).toEqual({ name: "REQ-IF", attributes: { xmlns: REQIF_NAMESPACE } });
    const objects = elements.filter((e) => e.name === "SPEC-OBJECT");
    expect(objects.map((o) => o.attributes.IDENTIFIER)).toEqual(["_ckrequirement0001", "_ckrequirement0002"]);
    expect(objects[0]!.attributes["LAST-CHANGE"]).toBe("2026-07-01T09:30:00.000Z");
    for (const name of ["DATATYPE-DEFINITION-STRING", "DATATYPE-DEFINITION-ENUMERATION", "SPEC-OBJECT-TYPE", "SPECIFICATION", "SPEC-HIERARCHY"]) {
      expect(elements.some((e) => e.name === name), name).toBe(true);
    }
    expect(elements.filter((e) => e.name === "SPEC-HIERARCHY")).toHaveLength(2);
    expect(elements.filter((e) => e.name === "ATTRIBUTE-DEFINITION-STRING").map((e) => e.attributes["LONG-NAME"])).toEqual(
      expect.arrayContaining(["ReqIF.ForeignID", "ReqIF.Name", "ReqIF.Text", "Area"]),
    );
    // Identifiers are unique, valid XML IDs, and every reference names one of them.
    const ids = elements.map((e) => e.attributes.IDENTIFIER).filter(Boolean);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.every((id) => /^[A-Za-z_][\w.-]*$/.test(id!))).toBe(true);
    const refs = [...xml.matchAll(/<[A-Z-]+-REF>([^<]*)<\/[A-Z-]+-REF>/g)].map((m) => m[1]);
    expect(refs.filter((r) => !ids.includes(r))).toEqual([]);
    // The body survives escaping exactly, line breaks included.
    const values = elements.filter((e) => e.name === "ATTRIBUTE-VALUE-STRING").map((e) => e.attributes["THE-VALUE"]);
    expect(values).toContain(doc.requirements[0]!.body);
    expect(values).toContain("Second <one>");
    expect(xml).toContain("<TITLE>DP162 SEC changes: Business Requirements v0.1</TITLE>");
  });

  it("has a checker that does catch broken XML", () => {
    for (const broken of ["<a><b></a></b>", "<a>&</a>", "<a></a><b/>", '<a x="<"/>', "<a>"]) expect(() => parseXml(broken), broken).toThrow();
    expect(parseXml('<a x="1&amp;2"><b/>text</a>')).toEqual([{ name: "a", attributes: { x: "1&2" } }, { name: "b", attributes: {} }]);
  });

  it("gives the same document every time", () => {
    expect(toReqif(doc)).toBe(toReqif(doc));
    expect(toReqif({ ...doc, requirements: [] })).not.toContain("<SPEC-OBJECT ");
  });
});

describe("exports from the database", () => {
  let baselineId: string;
  let m: { id: string; draftRef: string; title: string };

  beforeAll(async () => {
    await resetDatabase();
    await seedDatabase(db(), { demoAccounts: false });
    m = await db().modification.findUniqueOrThrow({ where: { number: 162 }, select: { id: true, draftRef: true, title: true } });
    baselineId = (await createBaseline(db(), await createActor("SECAS"), { modificationId: m.id, name: "Business Requirements v0.1" })).id;
  });

  it("names the file after the modification and the baseline", async () => {
    expect((await exportRequirements(db(), m, { format: "csv" })).filename).toBe("DP162-requirements.csv");
    const file = await exportRequirements(db(), m, { format: "csv", baseline: baselineId });
    expect(file.filename).toBe("DP162-requirements-business-requirements-v0-1.csv");
    const [header, first] = (file.body as string).slice(1).split("\r\n");
    expect(header).toBe("Ref,Area,Title,Status,Version,Body,Last changed,Baseline name");
    expect(first).toMatch(/^BR-01,MDR User Role,/);
    expect(slugify("  Ünïcode — and/or   ")).toBe("unicode-and-or");
  });

  it("writes every requirement to XLSX in reading order", async () => {
    const file = await exportRequirements(db(), m, { format: "xlsx" });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(file.body as Uint8Array) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.rowCount).toBe(16);
    expect(sheet.getRow(2).values).toEqual([undefined, "BR-01", "MDR User Role", expect.any(String), "Draft", 1, expect.any(String), expect.any(Date)]);
  });

  it("gives a baseline's ReqIF the requirements' own ids, the same on every download", async () => {
    const [first, second] = [await exportBaselineReqif(db(), m, baselineId), await exportBaselineReqif(db(), m, baselineId)];
    expect(first.body).toBe(second.body);
    expect(first.filename).toBe("DP162-business-requirements-v0-1.reqif");
    const requirementIds = (await db().requirement.findMany({ where: { modificationId: m.id }, select: { id: true } })).map((r) => `_${r.id}`);
    const objectIds = parseXml(first.body as string).filter((e) => e.name === "SPEC-OBJECT").map((e) => e.attributes.IDENTIFIER);
    expect(objectIds).toHaveLength(15);
    expect([...objectIds].sort()).toEqual([...requirementIds].sort());
    await expect(exportBaselineReqif(db(), m, "nosuchbaseline")).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
