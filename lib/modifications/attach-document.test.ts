import { createHash } from "node:crypto";
import yazl from "yazl";
import { beforeAll, describe, expect, it } from "vitest";
import type { CurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { createActor } from "@/test/support/actors";
import { resetDatabase } from "@/test/support/database";
import { raiseTestProposal } from "@/test/support/lifecycle";
import { changedTables, snapshotTables } from "@/test/support/snapshot";
import { seedTwoModifications } from "@/test/support/two-modifications";
import { xlsxBomb } from "@/test/support/zip-bomb";
import { attachDocument } from "./attach-document";
import { MAX_DOCUMENT_BYTES, safeFileName } from "./document-file-types";
import { getDocumentFile } from "./get-document-file";

let secas: CurrentUser;
let id: string;
let otherId: string;
let n = 0;

const PDF = Buffer.from("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n");
const fields = (overrides: Record<string, unknown> = {}) => ({ kind: "PROBLEM_STATEMENT", title: `Problem Statement ${++n}`, publishedOn: "2026-11-03", note: "", ...overrides });
const attach = (file: { name: string; type: string; bytes: Uint8Array } | null, overrides: Record<string, unknown> = {}) =>
  attachDocument(db(), secas, { modificationId: id, fields: fields(overrides), file });

/** A small, real workbook (two entries zipped), to shape a bomb from. */
async function smallWorkbook(): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  zip.addBuffer(Buffer.from("<Types/>"), "[Content_Types].xml");
  zip.addBuffer(Buffer.from("<worksheet/>"), "xl/worksheets/sheet1.xml");
  zip.end();
  const chunks: Buffer[] = [];
  for await (const chunk of zip.outputStream as AsyncIterable<Buffer>) chunks.push(chunk);
  return Buffer.concat(chunks);
}

beforeAll(async () => {
  await resetDatabase();
  await seedTwoModifications();
  secas = await createActor("SECAS");
  ({ id } = await raiseTestProposal(secas, { number: "163" }));
  otherId = (await db().modification.findUniqueOrThrow({ where: { number: 162 }, select: { id: true } })).id;
});

async function refusedWithNothingWritten(attempt: () => Promise<unknown>, field: string, message: RegExp) {
  const before = await snapshotTables();
  await expect(attempt()).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: { [field]: [expect.stringMatching(message)] } });
  expect(changedTables(before, await snapshotTables())).toEqual([]);
}

describe("attaching a document", () => {
  it("stores the bytes as uploaded with their SHA-256, served as the type the extension names, with an audit event", async () => {
    const before = await snapshotTables();
    const { id: documentId } = await attach({ name: "DP163 Problem Statement.pdf", type: "application/pdf", bytes: PDF });
    expect(changedTables(before, await snapshotTables())).toEqual(["AuditEvent", "Document", "DocumentFile"]);
    const file = await getDocumentFile(db(), id, documentId);
    expect(file).toMatchObject({ fileName: "DP163 Problem Statement.pdf", contentType: "application/pdf", size: PDF.length, sha256: createHash("sha256").update(PDF).digest("hex") });
    expect(Buffer.from(file.bytes).equals(PDF)).toBe(true);
    // Looked up through another modification, it is not found.
    await expect(getDocumentFile(db(), otherId, documentId)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("refuses a file over 10 MB", async () => {
    const big = Buffer.concat([PDF, Buffer.alloc(MAX_DOCUMENT_BYTES)]);
    await refusedWithNothingWritten(() => attach({ name: "big.pdf", type: "application/pdf", bytes: big }), "file", /larger than 10 MB/);
  });

  it.each([
    ["an executable", { name: "report.exe", type: "application/octet-stream", bytes: Buffer.from("MZ...") }, /Upload one of these kinds/],
    ["HTML named as a PDF", { name: "report.pdf", type: "application/pdf", bytes: Buffer.from("<html><script>alert(1)</script></html>") }, /does not look like a PDF/],
    ["a PDF declared as HTML", { name: "report.pdf", type: "text/html", bytes: PDF }, /does not look like a PDF/],
    ["an SVG", { name: "logo.svg", type: "image/svg+xml", bytes: Buffer.from("<svg onload=alert(1)/>") }, /Upload one of these kinds/],
    ["a file with no extension", { name: "report", type: "application/pdf", bytes: PDF }, /Upload one of these kinds/],
    ["a text file with a NUL", { name: "notes.txt", type: "text/plain", bytes: Buffer.from("a\u0000b") }, /does not look like a plain text/],
    ["no file", null, /Choose the file/],
    ["an empty file", { name: "empty.pdf", type: "application/pdf", bytes: Buffer.alloc(0) }, /Choose the file/],
  ])("refuses %s, writing nothing", async (_, file, message) => {
    await refusedWithNothingWritten(() => attach(file), "file", message);
  });

  it("stores a decompression bomb named .docx as its compressed bytes, never unpacking it", async () => {
    const bomb = await xlsxBomb(await smallWorkbook(), { inflatedMB: 200, lieAboutSize: true });
    expect(bomb.length).toBeLessThan(MAX_DOCUMENT_BYTES);
    const heapBefore = process.memoryUsage().heapUsed;
    const { id: documentId } = await attach({ name: "Legal text.docx", type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", bytes: bomb });
    expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(100 * 1024 * 1024);
    const file = await getDocumentFile(db(), id, documentId);
    expect(file.size).toBe(bomb.length);
    expect(Buffer.from(file.bytes).equals(bomb)).toBe(true);
  });

  it.each([
    ["../../etc/passwd.pdf", "passwd.pdf"],
    ["C:\\Users\\x\\evil.pdf", "evil.pdf"],
    ['a"; filename=evil.html; x=".pdf', "a filename=evil.html x=.pdf"],
    ["\u202Efdp.exe.pdf", "fdp.exe.pdf"],
    ["nul\u0000byte.pdf", "nulbyte.pdf"],
    ["...pdf", "document.pdf"],
    ["///.pdf", "document.pdf"],
    [".hidden.pdf", "hidden.pdf"],
    [`${"x".repeat(400)}.pdf`, `${"x".repeat(140)}.pdf`],
  ])("keeps a hostile file name %j only as %j", async (name, stored) => {
    expect(safeFileName(name, "pdf")).toBe(stored);
    const { id: documentId } = await attach({ name, type: "application/pdf", bytes: PDF });
    expect((await getDocumentFile(db(), id, documentId)).fileName).toBe(stored);
  });

  it("refuses a second document of the same title on the modification", async () => {
    await attach({ name: "a.pdf", type: "application/pdf", bytes: PDF }, { title: "Decision letter" });
    await expect(attach({ name: "b.pdf", type: "application/pdf", bytes: PDF }, { title: "Decision letter" })).rejects.toMatchObject({ code: "CONFLICT", fieldErrors: { title: [expect.any(String)] } });
  });

  it("refuses bad fields, naming them", async () => {
    const attempt = attach({ name: "a.pdf", type: "application/pdf", bytes: PDF }, { kind: "MEMO", title: "", publishedOn: "soon" });
    await expect(attempt).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: { kind: [expect.any(String)], title: [expect.any(String)], publishedOn: [expect.any(String)] } });
  });

});
