import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { CurrentUser } from "@/lib/auth/current-user";
import { VISITOR } from "@/lib/auth/permissions";
import { createBaseline } from "@/lib/baselines/create-baseline";
import { db } from "@/lib/db";
import { createActor } from "@/test/support/actors";
import { resetDatabase } from "@/test/support/database";
import { changedTables, snapshotTables } from "@/test/support/snapshot";
import { seedTwoModifications } from "@/test/support/two-modifications";
import { compareReports } from "./compare-reports";
import { contentSha256, sha256 } from "./content";
import { createReportDraft } from "./create-report-draft";
import { editReportNarrative } from "./edit-report-narrative";
import { findReports } from "./find-reports";
import { getPublishedReportFile } from "./get-report-file";
import { getReport } from "./get-report";
import { latestPublishedReports } from "./latest-published";
import { publishReport } from "./publish-report";
import { refreshGeneratedSections } from "./refresh-generated-sections";
import { RenderError } from "./render/files";
import { renderReportHtml } from "./render/html";
import { reportContent } from "./report-content";
import type { GeneratedSections } from "./sections/types";

let secas: CurrentUser;
let dp162: string;
let other: string;
let baselineId: string;
let draft: { id: string; number: string };

const row = (id: string) => db().report.findUniqueOrThrow({ where: { id }, include: { files: true, modification: { select: { draftRef: true, title: true } } } });
const narrative = { summary: "S", issue: "I", solution: "So", implementation: "Im", assessment: "A", workingGroupViews: "W" };

async function expectNothingWritten(run: () => Promise<unknown>, expected: Record<string, unknown>) {
  const before = await snapshotTables();
  await expect(run()).rejects.toMatchObject(expected);
  expect(changedTables(before, await snapshotTables())).toEqual([]);
}

function pdfText(bytes: Uint8Array): string {
  const dir = mkdtempSync(path.join(tmpdir(), "report-pdf-"));
  writeFileSync(path.join(dir, "r.pdf"), bytes);
  return execFileSync("pdftotext", ["-layout", path.join(dir, "r.pdf"), "-"], { encoding: "utf8" });
}

function docxXml(bytes: Uint8Array): string {
  const dir = mkdtempSync(path.join(tmpdir(), "report-docx-"));
  writeFileSync(path.join(dir, "r.docx"), bytes);
  return execFileSync("unzip", ["-p", path.join(dir, "r.docx"), "word/document.xml"], { encoding: "utf8" });
}

beforeAll(async () => {
  await resetDatabase();
  ({ dp162, other } = await seedTwoModifications());
  secas = await createActor("SECAS");
  ({ id: baselineId } = await createBaseline(db(), secas, { modificationId: dp162, name: "For the report" }));
}, 60_000);

describe("the seeded v0.1", () => {
  it("is published and frozen, its three files hashed, its content hash what its content gives", async () => {
    const [latest] = await findReports(db(), VISITOR, dp162);
    expect(latest).toMatchObject({ number: "0.1", status: "PUBLISHED", illustrative: true });
    const report = await row(latest!.id);
    expect(report.publishedAt?.toISOString()).toBe("2021-05-25T07:00:00.000Z");
    expect(report.files.map((f) => f.format).sort()).toEqual(["DOCX", "HTML", "PDF"]);
    for (const file of report.files) expect(sha256(file.bytes)).toBe(file.sha256);
    expect(contentSha256(reportContent(report, report.modification))).toBe(report.contentSha256);
    const generated = report.generated as GeneratedSections;
    expect(generated.requirements).toEqual([]);
    expect(generated.reviews).toEqual([]);
    expect(generated.timeline.map((t) => t.event)).toEqual(["DCC's initial feedback paper on DP162 presented to OPSG"]);
    const html = new TextDecoder().decode(report.files.find((f) => f.format === "HTML")!.bytes);
    expect(html).toContain("Metering Data Retrieval");
    expect(html).toContain(report.contentSha256);
    expect(html).toContain("None yet: no baseline of business requirements");
    expect(pdfText(report.files.find((f) => f.format === "PDF")!.bytes)).toContain(report.contentSha256!);
  });

  it("is the latest published report of DP162, and the other modification has none", async () => {
    const latest = await latestPublishedReports(db(), [dp162, other]);
    expect(latest.get(dp162)?.number).toBe("0.1");
    expect(latest.has(other)).toBe(false);
  });
});

describe("drafting", () => {
  it("drafts v0.2 at a baseline: the narrative of v0.1, the requirements of the baseline, an audit event", async () => {
    draft = await createReportDraft(db(), secas, { modificationId: dp162, number: "0.2", baselineId });
    const report = await row(draft.id);
    expect(report).toMatchObject({ number: "0.2", major: 0, minor: 2, status: "DRAFT", baselineId, version: 1 });
    expect(report.summary).toContain("Market-wide Half-Hourly Settlement");
    const generated = report.generated as GeneratedSections;
    expect(generated.baseline?.name).toBe("For the report");
    expect(generated.requirements[0]).toMatchObject({ ref: "BR-01", version: 1 });
    const event = await db().auditEvent.findFirstOrThrow({ where: { entityId: draft.id } });
    expect(event).toMatchObject({ action: "report.drafted", actorId: secas.id, modificationId: dp162 });
  });

  it("refuses, writing nothing, a number that exists, goes backwards or is not a number, and another modification's baseline", async () => {
    await expectNothingWritten(() => createReportDraft(db(), secas, { modificationId: dp162, number: "0.2", baselineId: null }), { code: "VALIDATION", message: "v0.2 already exists: give the next number." });
    await expectNothingWritten(() => createReportDraft(db(), secas, { modificationId: dp162, number: "0.0", baselineId: null }), {
      code: "VALIDATION",
      message: "v0.0 would go backwards: the latest version is v0.2. Give a higher number.",
    });
    await expectNothingWritten(() => createReportDraft(db(), secas, { modificationId: dp162, number: "v0.3", baselineId: null }), { code: "VALIDATION" });
    const theirs = await createBaseline(db(), secas, { modificationId: other, name: "Theirs" });
    await expectNothingWritten(() => createReportDraft(db(), secas, { modificationId: dp162, number: "0.3", baselineId: theirs.id }), { code: "VALIDATION", fieldErrors: { baselineId: [expect.any(String)] } });
  });

  it("a draft is read by signed-in participants only", async () => {
    const party = await createActor("PARTY_RESPONDENT");
    expect(await getReport(db(), VISITOR, dp162, "0.2")).toBeNull();
    expect(await getReport(db(), party, dp162, "0.2")).not.toBeNull();
    expect((await findReports(db(), VISITOR, dp162)).map((r) => r.number)).toEqual(["0.1"]);
    expect(await getPublishedReportFile(db(), dp162, "0.2", "PDF")).toBeNull();
  });
});

describe("editing and refreshing a draft", () => {
  it("edits the narrative at its version, recording only the sections changed; a stale version is a conflict", async () => {
    const current = await row(draft.id);
    const edited = { ...narrative, summary: "A new summary with <script>alert(1)</script> and [a link](javascript:alert(1))." };
    const { version } = await editReportNarrative(db(), secas, { modificationId: dp162, reportId: draft.id, expectedVersion: current.version, narrative: edited });
    expect(version).toBe(current.version + 1);
    const event = await db().auditEvent.findFirstOrThrow({ where: { entityId: draft.id, action: "report.narrativeEdited" } });
    expect(Object.keys(event.after as object).sort()).toEqual(["assessment", "implementation", "issue", "number", "solution", "summary", "version", "workingGroupViews"]);
    await expectNothingWritten(() => editReportNarrative(db(), secas, { modificationId: dp162, reportId: draft.id, expectedVersion: current.version, narrative }), { code: "CONFLICT" });
    // Hostile text is inert in the HTML.
    const html = renderReportHtml(reportContent(await row(draft.id), { draftRef: "DP162", title: "T" }), null);
    expect(html).not.toContain("<script");
    expect(html).not.toContain("javascript:");
  });

  it("refreshes the generated sections from the data now, and may change the baseline", async () => {
    const before = await row(draft.id);
    const { version } = await refreshGeneratedSections(db(), secas, { modificationId: dp162, reportId: draft.id, expectedVersion: before.version, baselineId: "" }, new Date());
    const after = await row(draft.id);
    expect(after).toMatchObject({ baselineId: null, version });
    expect((after.generated as GeneratedSections).requirements).toEqual([]);
    await refreshGeneratedSections(db(), secas, { modificationId: dp162, reportId: draft.id, expectedVersion: version, baselineId });
    expect(((await row(draft.id)).generated as GeneratedSections).requirements.length).toBeGreaterThan(0);
  });

  it("the redline between v0.1 and v0.2 marks the summary and the requirements as changed", async () => {
    const [v01, v02] = await Promise.all([row((await getReport(db(), secas, dp162, "0.1"))!.id), row(draft.id)]);
    const redline = compareReports(reportContent(v01, v01.modification), reportContent(v02, v02.modification));
    const changed = Object.fromEntries(redline.map((s) => [s.heading, s.changed]));
    expect(changed).toMatchObject({ Summary: true, "Business requirements": true, "Appendix B: Glossary": expect.any(Boolean) });
    expect(redline.find((s) => s.heading === "Business requirements")!.parts.some((p) => p.kind === "added" && p.text.includes("BR-01"))).toBe(true);
  });
});

describe("publishing", () => {
  let critical: string;
  let consultation: string;

  it("is refused, with every reason and nothing written, while a critical or major thread is unresolved or a cited consultation open", async () => {
    const author = { authorId: secas.id, authorRole: "SECAS" as const };
    critical = (await db().comment.create({ data: { modificationId: dp162, number: 9001, ...author, body: "Critical", severity: "CRITICAL", status: "OPEN" } })).id;
    await db().comment.create({ data: { modificationId: dp162, number: 9002, ...author, body: "Major", severity: "MAJOR", status: "RESOLVED", disposition: "ACCEPTED" } });
    await db().comment.create({ data: { modificationId: dp162, number: 9003, ...author, body: "Minor", severity: "MINOR", status: "OPEN" } });
    const now = new Date();
    consultation = (
      await db().consultation.create({
        data: { modificationId: dp162, kind: "REFINEMENT", title: "Refinement Consultation (test)", status: "OPEN", opensAt: new Date(now.getTime() - 86_400_000), openedAt: new Date(now.getTime() - 86_400_000), closesAt: new Date(now.getTime() + 86_400_000) },
      })
    ).id;
    const { version } = await row(draft.id);
    const refreshed = await refreshGeneratedSections(db(), secas, { modificationId: dp162, reportId: draft.id, expectedVersion: version });
    const cited = ((await row(draft.id)).generated as GeneratedSections).consultations;
    // The seed's DP162 Refinement Consultation (published) is cited too, and does not block.
    expect(cited.map((c) => c.title)).toContain("Refinement Consultation (test)");
    const error = await publishReport(db(), secas, { modificationId: dp162, reportId: draft.id, expectedVersion: refreshed.version }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "VALIDATION", details: { reasons: ["Comment C-9001 (critical) is open.", 'The consultation "Refinement Consultation (test)" that the report cites is still open.'] } });
    await expectNothingWritten(() => publishReport(db(), secas, { modificationId: dp162, reportId: draft.id, expectedVersion: refreshed.version }), { code: "VALIDATION" });
  });

  it("leaves the report unpublished, with the error shown, when a copy cannot be made", async () => {
    await db().comment.update({ where: { id: critical }, data: { status: "RESOLVED", disposition: "NOTED" } });
    await db().consultation.update({ where: { id: consultation }, data: { status: "CLOSED", closedAt: new Date() } });
    const { version } = await row(draft.id);
    const failing = () => Promise.reject(new RenderError("The PDF copy could not be generated: out of fonts"));
    await expectNothingWritten(() => publishReport(db(), secas, { modificationId: dp162, reportId: draft.id, expectedVersion: version }, new Date(), failing), {
      code: "VALIDATION",
      message: "v0.2 was not published. The PDF copy could not be generated: out of fonts",
    });
  });

  it("publishes: three files hashed, the content hash on every copy, BR-01 and the title in the PDF and DOCX", async () => {
    const { version } = await row(draft.id);
    const { contentSha256: hash } = await publishReport(db(), secas, { modificationId: dp162, reportId: draft.id, expectedVersion: version });
    const report = await row(draft.id);
    expect(report).toMatchObject({ status: "PUBLISHED", publishedById: secas.id, contentSha256: hash });
    expect(contentSha256(reportContent(report, report.modification))).toBe(hash);
    const file = (format: string) => report.files.find((f) => f.format === format)!.bytes;
    const pdf = pdfText(file("PDF"));
    expect(pdf).toContain("DP162: SEC changes required to deliver MHHS");
    expect(pdf).toContain("BR-01");
    expect(pdf).toContain(hash);
    const docx = docxXml(file("DOCX"));
    expect(docx).toContain("DP162: SEC changes required to deliver MHHS");
    expect(docx).toContain("BR-01");
    expect(docx).toContain(hash);
    expect(docx).toContain('w:val="Heading1"');
    expect(docx).toContain("<w:tbl>");
    const served = await getPublishedReportFile(db(), dp162, "0.2", "PDF");
    expect(Buffer.from(served!.bytes).equals(Buffer.from(file("PDF")))).toBe(true);
    expect((await latestPublishedReports(db(), [dp162])).get(dp162)?.number).toBe("0.2");
    const event = await db().auditEvent.findFirstOrThrow({ where: { entityId: draft.id, action: "report.published" } });
    expect(event.after).toMatchObject({ contentSha256: hash, files: { PDF: served!.sha256 } });
  }, 30_000);

  it("a published report never changes: the database refuses any UPDATE or DELETE of it or its files, and any new file", async () => {
    const report = await row(draft.id);
    await expect(db().report.update({ where: { id: draft.id }, data: { summary: "Changed" } })).rejects.toThrow(/append-only/);
    await expect(db().report.delete({ where: { id: draft.id } })).rejects.toThrow(/append-only/);
    await expect(db().reportFile.update({ where: { id: report.files[0]!.id }, data: { sha256: "0".repeat(64) } })).rejects.toThrow(/append-only/);
    await expect(db().reportFile.delete({ where: { id: report.files[0]!.id } })).rejects.toThrow(/append-only/);
    await expect(db().reportFile.deleteMany({ where: { reportId: draft.id } })).rejects.toThrow(/append-only/);
    await expect(db().reportFile.create({ data: { reportId: draft.id, format: "HTML", bytes: new Uint8Array([1]), sha256: "0".repeat(64) } })).rejects.toThrow();
    expect(await row(draft.id)).toEqual(report);
  });

  it("refuses, writing nothing, to publish the same version twice, to edit or refresh it, or to publish a lower version after a higher one", async () => {
    const { version } = await row(draft.id);
    const input = { modificationId: dp162, reportId: draft.id, expectedVersion: version };
    await expectNothingWritten(() => publishReport(db(), secas, input), { code: "VALIDATION", message: expect.stringContaining("never changes") });
    await expectNothingWritten(() => editReportNarrative(db(), secas, { ...input, narrative }), { code: "VALIDATION" });
    await expectNothingWritten(() => refreshGeneratedSections(db(), secas, input), { code: "VALIDATION" });
    const v03 = await createReportDraft(db(), secas, { modificationId: dp162, number: "0.3", baselineId: null });
    const v10 = await createReportDraft(db(), secas, { modificationId: dp162, number: "1.0", baselineId: null });
    await publishReport(db(), secas, { modificationId: dp162, reportId: v10.id, expectedVersion: 1 });
    await expectNothingWritten(() => publishReport(db(), secas, { modificationId: dp162, reportId: v03.id, expectedVersion: 1 }), {
      code: "VALIDATION",
      message: "v1.0 is already published: publishing v0.3 now would make the version number go backwards.",
    });
  }, 30_000);

  it("a report of one modification cannot be reached through the other", async () => {
    await expectNothingWritten(() => publishReport(db(), secas, { modificationId: other, reportId: draft.id, expectedVersion: 1 }), { code: "NOT_FOUND" });
    expect(await getReport(db(), VISITOR, other, "0.2")).toBeNull();
    expect(await getPublishedReportFile(db(), other, "0.2", "PDF")).toBeNull();
  });
});
