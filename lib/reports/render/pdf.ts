import { readFileSync } from "node:fs";
import path from "node:path";
import type { RootContent } from "mdast";
import pdfmake from "pdfmake";
import type { ReportContent } from "../content";
import { ILLUSTRATIVE_NOTE, reportBlocks, reportSubtitle, reportTitle, type Block } from "./blocks";
import { parseMarkdown } from "./markdown";
import { plainText, runsOf, type Run } from "./mdast-inline";

/*
 * The report as a PDF, with pdfmake (pure JavaScript: no browser on the server). Its fonts are
 * read once into pdfmake's in-memory file system, and both its access policies refuse everything,
 * so nothing in a report's text can make the server fetch a URL or read a local file.
 */
type Node = Record<string, unknown> | string;

const FONT_DIR = path.join(process.cwd(), "node_modules/pdfmake/fonts/Roboto");
const FONT_FILES = { normal: "Roboto-Regular.ttf", bold: "Roboto-Medium.ttf", italics: "Roboto-Italic.ttf", bolditalics: "Roboto-MediumItalic.ttf" } as const;
let ready = false;

function setUp(): void {
  if (ready) return;
  for (const file of Object.values(FONT_FILES)) pdfmake.virtualfs.writeFileSync(file, readFileSync(path.join(FONT_DIR, file)));
  pdfmake.setFonts({ Roboto: FONT_FILES });
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy(() => false);
  ready = true;
}

export async function renderReportPdf(content: ReportContent, hash: string | null): Promise<Buffer> {
  setUp();
  const title = reportTitle(content);
  const definition = {
    info: { title, subject: reportSubtitle(content), creator: "SEC Refinement Portal", producer: "SEC Refinement Portal (pdfmake)" },
    pageSize: "A4",
    pageMargins: [48, 56, 48, 56],
    defaultStyle: { font: "Roboto", fontSize: 10, lineHeight: 1.2 },
    styles: {
      title: { fontSize: 18, bold: true, margin: [0, 0, 0, 4] },
      h2: { fontSize: 14, bold: true, margin: [0, 14, 0, 6] },
      h3: { fontSize: 12, bold: true, margin: [0, 10, 0, 4] },
      h4: { fontSize: 10, bold: true, margin: [0, 8, 0, 4] },
      caption: { italics: true, margin: [0, 6, 0, 2] },
      th: { bold: true },
      note: { fontSize: 9, color: "#555555" },
      code: { fontSize: 9, color: "#333333" },
    },
    header: hash ? { text: `Content SHA-256: ${hash}`, style: "note", margin: [48, 24, 48, 0] } : undefined,
    footer: (page: number, pages: number) => ({ text: `${title} · v${content.number} · Page ${page} of ${pages}`, style: "note", alignment: "center", margin: [48, 16, 48, 0] }),
    content: [
      { text: title, style: "title" },
      { text: reportSubtitle(content), margin: [0, 0, 0, 4] },
      ...(content.illustrative ? [{ text: ILLUSTRATIVE_NOTE, style: "note", margin: [0, 0, 0, 4] }] : []),
      ...(hash ? [{ text: `Content SHA-256: ${hash}`, style: "note", margin: [0, 0, 0, 8] }] : []),
      { toc: { title: { text: "Contents", style: "h3" } } },
      ...reportBlocks(content).flatMap(block),
    ],
  };
  return pdfmake.createPdf(definition).getBuffer();
}

function block(b: Block): Node[] {
  switch (b.kind) {
    case "heading":
      return [{ text: b.text, style: `h${b.level}`, tocItem: b.level === 2, headlineLevel: b.level }];
    case "text":
      return [{ text: b.text, margin: [0, 0, 0, 6] }];
    case "markdown":
      return parseMarkdown(b.text).children.flatMap(markdownBlock);
    case "table":
      return [{ text: b.caption, style: "caption" }, table(b.header, b.rows)];
  }
}

function table(header: string[], rows: string[][]): Node {
  // Each column's share of the width follows its longest text (within bounds), given as a
  // percentage: "auto" widths make pdfmake measure every cell first, slow on a 500-row table.
  // (A reference such as BR-01 keeps to one line: no column is narrower than ten characters.)
  const weights = header.map((_, i) => Math.min(40, Math.max(10, ...[header, ...rows].map((r) => (r[i] ?? "").length + 2))));
  const total = weights.reduce((a, b) => a + b, 0);
  return {
    table: {
      headerRows: 1,
      widths: weights.map((w) => `${((w / total) * 100).toFixed(2)}%`),
      body: [header.map((h) => ({ text: h, style: "th" })), ...rows.map((r) => r.map((cell) => ({ text: cell })))],
    },
    layout: "lightHorizontalLines",
    fontSize: 9,
    margin: [0, 0, 0, 8],
  };
}

const text = (runs: Run[]) => runs.map((r) => ({ text: r.text, bold: r.bold, italics: r.italics, decoration: r.strike ? "lineThrough" : undefined, style: r.code ? "code" : undefined }));

function markdownBlock(node: RootContent): Node[] {
  switch (node.type) {
    case "paragraph":
      return [{ text: text(runsOf(node.children)), margin: [0, 0, 0, 6] }];
    case "heading":
      return [{ text: text(runsOf(node.children)), style: "h4" }];
    case "list": {
      const items = node.children.map((item) => ({ stack: item.children.flatMap(markdownBlock) }));
      return [{ [node.ordered ? "ol" : "ul"]: items, margin: [0, 0, 0, 6] }];
    }
    case "blockquote":
      return [{ stack: node.children.flatMap(markdownBlock), margin: [16, 0, 0, 6], italics: true }];
    case "code":
      return [{ text: node.value, style: "code", margin: [8, 0, 0, 6] }];
    case "table": {
      const [head, ...body] = node.children.map((row) => row.children.map((cell) => plainText(cell)));
      return head ? [table(head, body)] : [];
    }
    case "thematicBreak":
      return [{ text: " ", margin: [0, 4, 0, 4] }];
    default:
      return []; // raw HTML, definitions: dropped, as on the page
  }
}
