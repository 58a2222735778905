import type { RootContent } from "mdast";
import {
  AlignmentType,
  Document,
  Footer,
  Header,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableOfContents,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import type { ReportContent } from "../content";
import { ILLUSTRATIVE_NOTE, reportBlocks, reportSubtitle, reportTitle, type Block } from "./blocks";
import { parseMarkdown } from "./markdown";
import { plainText, runsOf, type Run } from "./mdast-inline";

/** The report as a Word document: real headings (Heading 1–3), real tables, a contents field and page numbers. */
export async function renderReportDocx(content: ReportContent, hash: string | null): Promise<Buffer> {
  const title = reportTitle(content);
  const note = (text: string) => new Paragraph({ children: [new TextRun({ text, size: 18, color: "555555" })] });
  const document = new Document({
    title,
    subject: reportSubtitle(content),
    creator: "SEC Refinement Portal",
    features: { updateFields: true },
    sections: [
      {
        headers: hash ? { default: new Header({ children: [note(`Content SHA-256: ${hash}`)] }) } : undefined,
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ size: 18, children: [`${title} · v${content.number} · Page `, PageNumber.CURRENT, " of ", PageNumber.TOTAL_PAGES] })],
              }),
            ],
          }),
        },
        children: [
          new Paragraph({ text: title, heading: HeadingLevel.TITLE }),
          new Paragraph({ text: reportSubtitle(content) }),
          ...(content.illustrative ? [note(ILLUSTRATIVE_NOTE)] : []),
          ...(hash ? [note(`Content SHA-256: ${hash}`)] : []),
          new TableOfContents("Contents", { hyperlink: true, headingStyleRange: "1-2" }),
          ...reportBlocks(content).flatMap(block),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}

type Child = Paragraph | Table;

function block(b: Block): Child[] {
  switch (b.kind) {
    case "heading":
      return [new Paragraph({ text: b.text, heading: b.level === 2 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2 })];
    case "text":
      return [new Paragraph({ text: b.text })];
    case "markdown":
      return parseMarkdown(b.text).children.flatMap((node) => markdownBlock(node, 0));
    case "table":
      return [new Paragraph({ children: [new TextRun({ text: b.caption, italics: true })] }), table(b.header, b.rows)];
  }
}

function table(header: string[], rows: string[][]): Table {
  const cell = (text: string, bold = false) => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold })] })] });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [new TableRow({ tableHeader: true, children: header.map((h) => cell(h, true)) }), ...rows.map((r) => new TableRow({ children: r.map((c) => cell(c)) }))],
  });
}

const textRuns = (runs: Run[]) =>
  runs.map((r) => (r.text === "\n" ? new TextRun({ break: 1 }) : new TextRun({ text: r.text, bold: r.bold, italics: r.italics, strike: r.strike, font: r.code ? "Courier New" : undefined })));

function markdownBlock(node: RootContent, level: number): Child[] {
  switch (node.type) {
    case "paragraph":
      return [new Paragraph({ children: textRuns(runsOf(node.children)) })];
    case "heading":
      return [new Paragraph({ children: textRuns(runsOf(node.children)), heading: HeadingLevel.HEADING_3 })];
    case "list":
      return node.children.flatMap((item, i) =>
        item.children.flatMap((child, j) => {
          if (child.type !== "paragraph") return markdownBlock(child, level + 1);
          const marker = j > 0 ? [] : node.ordered ? [new TextRun({ text: `${(node.start ?? 1) + i}. ` })] : [];
          return [new Paragraph({ children: [...marker, ...textRuns(runsOf(child.children))], bullet: node.ordered ? undefined : { level: Math.min(level, 8) }, indent: node.ordered ? { left: 360 * (level + 1) } : undefined })];
        }),
      );
    case "blockquote":
      return node.children.flatMap((child) => markdownBlock(child, level)).map((p) => p);
    case "code":
      return node.value.split("\n").map((line) => new Paragraph({ children: [new TextRun({ text: line, font: "Courier New" })] }));
    case "table": {
      const [head, ...body] = node.children.map((row) => row.children.map((cell) => plainText(cell)));
      return head ? [table(head, body)] : [];
    }
    default:
      return [];
  }
}
