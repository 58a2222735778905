import "server-only";
import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from "docx";
import { z } from "zod";
import type { Db } from "@/lib/db";
import { toCsv, type Cell } from "@/lib/exchange/csv";
import { toXlsx, type XlsxColumn } from "@/lib/exchange/xlsx";
import type { FileDownload } from "@/lib/http/route-responses";
import { COST_BAND_LABELS, IMPACT_LEVEL_LABELS, POSITION_LABELS, receivedText, RESPONDENT_CATEGORY_LABELS } from "@/lib/labels";
import { confidentialText, getPublishedCollation, supportShare, type Collation } from "./get-collation";
import { tallyLabel } from "./tally-labels";
import { CATEGORIES, findAllAnswers, findRequirementAnswers, PUBLISHED_READER, tallyKeysFor, type VisibleAnswer, type VisibleRequirementAnswer } from "./visible-responses";

export const collationExportQuerySchema = z.object({ format: z.enum(["csv", "xlsx", "docx"], "format must be csv, xlsx or docx") });
export type CollationExportFormat = z.infer<typeof collationExportQuerySchema>["format"];

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/**
 * The published collation as a download. Always read as published (PUBLISHED_READER), whoever
 * asks, SECAS included: a download is passed on, so it holds what the public page holds and
 * confidential material only as counts. NOT_FOUND until the collation is published.
 */
export async function exportCollation(db: Db, m: { id: string; draftRef: string }, consultationId: string, format: CollationExportFormat): Promise<FileDownload> {
  const collation = await getPublishedCollation(db, PUBLISHED_READER, m.id, consultationId);
  const [answers, requirementAnswers] = await Promise.all([
    findAllAnswers(db, PUBLISHED_READER, collation.consultation.id),
    findRequirementAnswers(db, PUBLISHED_READER, collation.consultation.id, {}),
  ]);
  const name = `${m.draftRef}-collated-consultation-responses`;
  if (format === "docx") return { body: new Uint8Array(await toDocx(collation, answers)), contentType: DOCX_TYPE, filename: `${name}.docx` };
  const rows = sheetRows(collation, answers, requirementAnswers);
  if (format === "csv") return { body: toCsv(COLUMNS.map((c) => c.header), rows), contentType: "text/csv; charset=utf-8", filename: `${name}.csv` };
  return { body: new Uint8Array(await toXlsx(`${m.draftRef} collated responses`, COLUMNS, rows)), contentType: XLSX_TYPE, filename: `${name}.xlsx` };
}

/** One table: the counts (per question × category × position), the confidential counts, then each answer anyone may read. */
const COLUMNS: XlsxColumn[] = [
  { header: "Row", width: 20 },
  { header: "Question", width: 10 },
  { header: "Question text", width: 40, wrap: true },
  { header: "Requirement", width: 12 },
  { header: "Party Category", width: 24 },
  { header: "Organisation", width: 28 },
  { header: "Position", width: 14 },
  { header: "Count", width: 8 },
  { header: "Rationale or comment", width: 60, wrap: true },
  { header: "Themes", width: 24, wrap: true },
  { header: "Impact level", width: 12 },
  { header: "Cost band", width: 22 },
  { header: "Lead time (weeks)", width: 10 },
  { header: "Late: received (UTC)", width: 18 },
];

function sheetRows(collation: Collation, answers: VisibleAnswer[], requirementAnswers: VisibleRequirementAnswer[]): Cell[][] {
  const byId = new Map(collation.questions.map((q) => [q.id, q]));
  const refOf = new Map(collation.consultation.requirements.map((r) => [r.requirementVersionId, r.ref]));
  const rows: Cell[][] = [];
  const blank = (n: number) => Array<Cell>(n).fill(null);
  for (const q of collation.questions) {
    if (q.kind === "PER_REQUIREMENT") {
      for (const r of q.requirements)
        for (const c of CATEGORIES)
          for (const k of ["SUPPORT", "OPPOSE", "NEUTRAL"] as const) {
            const n = r.support.byCategory[c][k] ?? 0;
            if (n > 0) rows.push(["Count", q.number, q.text, r.ref, RESPONDENT_CATEGORY_LABELS[c], null, POSITION_LABELS[k], n, ...blank(6)]);
          }
    } else {
      for (const c of CATEGORIES)
        for (const k of tallyKeysFor(q.kind)) {
          const n = q.tally.byCategory[c][k] ?? 0;
          if (n > 0) rows.push(["Count", q.number, q.text, null, RESPONDENT_CATEGORY_LABELS[c], null, tallyLabel(k), n, ...blank(6)]);
        }
    }
    const confidential = q.tally.confidential + q.requirements.reduce((sum, r) => sum + r.support.confidential, 0);
    if (confidential > 0) rows.push(["Confidential answers", q.number, q.text, null, null, null, null, confidential, confidentialText(confidential, "answer"), ...blank(5)]);
  }
  if (collation.counts.confidential > 0) rows.push(["Confidential responses", null, null, null, null, null, null, collation.counts.confidential, confidentialText(collation.counts.confidential, "response"), ...blank(5)]);
  for (const a of answers) {
    const q = byId.get(a.questionId)!;
    rows.push([
      "Answer", q.number, q.text, null, RESPONDENT_CATEGORY_LABELS[a.category], a.organisation, a.position ? POSITION_LABELS[a.position] : null, null, a.rationale,
      a.themes.join(", ") || null, a.impactLevel ? IMPACT_LEVEL_LABELS[a.impactLevel] : null, a.costBand ? COST_BAND_LABELS[a.costBand] : null, a.leadTimeWeeks, a.late ? a.submittedAt : null,
    ]);
  }
  for (const a of requirementAnswers) {
    const q = byId.get(a.questionId)!;
    rows.push(["Requirement answer", q.number, q.text, refOf.get(a.requirementVersionId) ?? null, RESPONDENT_CATEGORY_LABELS[a.category], a.organisation, POSITION_LABELS[a.position], null, a.comment, ...blank(5)]);
  }
  return rows;
}

const cell = (text: string, bold = false) => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold })] })] });
const table = (header: string[], rows: string[][]) =>
  new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [new TableRow({ tableHeader: true, children: header.map((h) => cell(h, true)) }), ...rows.map((r) => new TableRow({ children: r.map((t) => cell(t)) }))],
  });
const para = (text: string) => new Paragraph({ children: [new TextRun(text)] });
/** Markdown as plain paragraphs: the document carries the words, not the markup's rendering. */
const paragraphs = (markdown: string) => markdown.split(/\n{2,}/).map((p) => para(p.replace(/\n/g, " ")));

/** The "collated consultation responses" document: real headings (navigable, a table of contents can be built from them) and tables. */
async function toDocx(collation: Collation, answers: VisibleAnswer[]): Promise<Buffer> {
  const { consultation, counts, questions } = collation;
  const children: (Paragraph | Table)[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(`Collated consultation responses: ${consultation.title}`)] }),
    ...paragraphs(consultation.introduction),
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun("Responses received")] }),
    para(`${counts.submitted} responses received; ${confidentialText(counts.confidential, "response")} (counted, not shown); ${counts.late} late.`),
    table(["Party Category", "Responses (not confidential)"], CATEGORIES.map((c) => [RESPONDENT_CATEGORY_LABELS[c], String(counts.byCategory[c])])),
  ];
  for (const q of questions) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(`Question ${q.number}: ${q.text}`)] }));
    if (q.kind === "PER_REQUIREMENT") {
      children.push(
        table(
          ["Requirement", ...CATEGORIES.map((c) => RESPONDENT_CATEGORY_LABELS[c])],
          q.requirements.map((r) => [`${r.ref} v${r.version}`, ...CATEGORIES.map((c) => shareText(r.support.byCategory[c]))]),
        ),
      );
    } else {
      const keys = tallyKeysFor(q.kind);
      children.push(table(["Party Category", ...keys.map(tallyLabel)], CATEGORIES.map((c) => [RESPONDENT_CATEGORY_LABELS[c], ...keys.map((k) => String(q.tally.byCategory[c][k] ?? 0))])));
    }
    const confidential = q.tally.confidential + q.requirements.reduce((sum, r) => sum + r.support.confidential, 0);
    if (confidential > 0) children.push(para(`Also ${confidentialText(confidential, "answer")}, counted here only.`));
    if (q.themes.length > 0) children.push(para(`Themes: ${q.themes.map((t) => `${t.theme} (${t.count})`).join(", ")}`));
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun("Summary")] }), ...(q.summary ? paragraphs(q.summary) : [para("No summary.")]));
    const own = answers.filter((a) => a.questionId === q.id);
    if (own.length > 0) {
      children.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun("Answers")] }));
      for (const a of own) {
        const head = `${a.organisation} (${RESPONDENT_CATEGORY_LABELS[a.category]})${a.position ? `: ${POSITION_LABELS[a.position]}` : ""}${a.late ? ` [late: ${receivedText(a.submittedAt)}]` : ""}`;
        children.push(new Paragraph({ children: [new TextRun({ text: head, bold: true })] }), ...paragraphs(a.rationale || "No rationale given."));
      }
    }
  }
  const doc = new Document({
    creator: "SEC Refinement Portal",
    title: `Collated consultation responses: ${consultation.title}`,
    sections: [{ children }],
  });
  return Packer.toBuffer(doc);
}

function shareText(counts: Partial<Record<string, number>>): string {
  const { support, total, share } = supportShare(counts);
  return share === null ? "none" : `${Math.round(share * 100)}% (${support} of ${total})`;
}
