import { formatDate } from "@/lib/labels";
import type { ReportContent } from "../content";
import { NARRATIVE_SECTIONS, type NarrativeKey } from "../narrative";
import type { GeneratedSections } from "../sections/types";

/**
 * A report as a list of plain blocks: the one description the HTML, PDF and DOCX writers all
 * follow, so the three carry the same headings, text and tables. Markdown blocks are the
 * narrative SECAS wrote; everything else is text.
 */
export type Block =
  | { kind: "heading"; level: 2 | 3; text: string }
  | { kind: "markdown"; text: string }
  | { kind: "text"; text: string }
  | { kind: "table"; caption: string; header: string[]; rows: string[][] };

export const NONE_YET = "None yet.";

export function reportTitle(content: ReportContent): string {
  return `${content.reference}: ${content.title}`;
}

/** "Modification Report v0.1, published 25 May 2021" / "… v0.2, draft (not published)". */
export function reportSubtitle(content: ReportContent): string {
  const state = content.publishedAt ? `published ${formatDate(new Date(content.publishedAt))}` : "draft (not published)";
  return `Modification Report v${content.number}, ${state}`;
}

export const ILLUSTRATIVE_NOTE = "Illustrative: parts of this report's narrative were written as an example, where no public source gives the text.";

export function reportBlocks(content: ReportContent): Block[] {
  const { generated: g } = content;
  const narrative = (key: NarrativeKey): Block[] => {
    const section = NARRATIVE_SECTIONS.find((s) => s.key === key)!;
    const text = content.narrative[key];
    return [{ kind: "heading", level: 2, text: section.heading }, text ? { kind: "markdown", text } : { kind: "text", text: "Not yet written." }];
  };
  return [
    ...narrative("summary"),
    ...narrative("issue"),
    ...narrative("solution"),
    ...requirements(g),
    ...impacts(g),
    ...narrative("implementation"),
    ...narrative("assessment"),
    ...narrative("workingGroupViews"),
    ...reviews(g),
    ...consultations(g),
    { kind: "heading", level: 2, text: "Appendix A: Timeline" },
    g.timeline.length
      ? { kind: "table", caption: "Progression timeline", header: ["Date", "Event"], rows: g.timeline.map((t) => [t.date, t.confirmed ? t.event : `${t.event} (unconfirmed)`]) }
      : { kind: "text", text: NONE_YET },
    { kind: "heading", level: 2, text: "Appendix B: Glossary" },
    g.glossary.length ? { kind: "table", caption: "Glossary", header: ["Term", "Meaning"], rows: g.glossary.map((t) => [t.term, t.meaning]) } : { kind: "text", text: NONE_YET },
  ];
}

function requirements(g: GeneratedSections): Block[] {
  const heading: Block = { kind: "heading", level: 2, text: "Business requirements" };
  if (!g.baseline) return [heading, { kind: "text", text: "None yet: no baseline of business requirements has been chosen for this report." }];
  return [
    heading,
    { kind: "text", text: `As frozen in the baseline "${g.baseline.name}" on ${formatDate(new Date(g.baseline.frozenOn))}: ${g.requirements.length} requirements.` },
    {
      kind: "table",
      caption: "Business requirements",
      header: ["Ref", "Area", "Title", "Status", "Version", "Requirement"],
      rows: g.requirements.map((r) => [r.ref, r.area, r.title, r.status, String(r.version), r.text]),
    },
  ];
}

const pounds = (amount: string | null) => (amount === null ? "not given" : `£${Number(amount).toLocaleString("en-GB", { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`);
const weeks = (n: number | null) => (n === null ? "not given" : `${n} weeks`);

function impacts(g: GeneratedSections): Block[] {
  const { dcc, parties } = g.impacts;
  return [
    { kind: "heading", level: 2, text: "Impacts and costs" },
    { kind: "heading", level: 3, text: "DCC assessment" },
    dcc
      ? {
          kind: "table",
          caption: `Latest DCC ${dcc.kind}`,
          header: ["Item", "Value"],
          rows: [
            ["Assessment", `${dcc.kind} by ${dcc.organisation}, ${formatDate(new Date(dcc.date))}`],
            ["One-off cost", pounds(dcc.costGbp)],
            ["Lead time", weeks(dcc.leadTimeWeeks)],
            ["Impacted systems", dcc.systems.join(", ") || "none given"],
            ["Summary", dcc.summary],
          ],
        }
      : { kind: "text", text: NONE_YET },
    { kind: "heading", level: 3, text: "Party impacts by Party Category" },
    parties.length
      ? {
          kind: "table",
          caption: "Party impacts by Party Category",
          header: ["Party Category", "Responses", "Impact level", "Cost band"],
          rows: parties.map((p) => [p.category, String(p.answers), p.levels, p.costBands]),
        }
      : { kind: "text", text: NONE_YET },
  ];
}

function reviews(g: GeneratedSections): Block[] {
  return [
    { kind: "heading", level: 2, text: "Review rounds and comment dispositions" },
    g.reviews.length
      ? {
          kind: "table",
          caption: "Review rounds and comment dispositions by committee",
          header: ["Committee", "Rounds", "Threads", "Open", "Responded", "Resolved", "Dispositions"],
          rows: g.reviews.map((r) => [r.committee, r.rounds.join("; "), String(r.threads), String(r.open), String(r.responded), String(r.resolved), r.dispositions]),
        }
      : { kind: "text", text: NONE_YET },
  ];
}

function consultations(g: GeneratedSections): Block[] {
  const heading: Block = { kind: "heading", level: 2, text: "Consultation results by Party Category" };
  if (!g.consultations.length) return [heading, { kind: "text", text: NONE_YET }];
  return [
    heading,
    { kind: "text", text: "Submitted responses by respondent category. Confidential responses are counted, never shown." },
    ...g.consultations.flatMap((c): Block[] => [
      { kind: "heading", level: 3, text: c.title },
      { kind: "text", text: `${c.kind}, ${c.status.toLowerCase()}, closing ${formatDate(new Date(c.closes))}: ${c.submitted} responses submitted.` },
      c.byCategory.length
        ? {
            kind: "table",
            caption: `Responses to ${c.title} by category`,
            header: ["Category", "Responses", "Confidential"],
            rows: c.byCategory.map((row) => [row.category, String(row.responses), `${row.confidential} confidential`]),
          }
        : { kind: "text", text: "No responses submitted yet." },
    ]),
  ];
}

/** The report's text by top-level section, for the redline between two versions. */
export function sectionTexts(content: ReportContent): { heading: string; text: string }[] {
  const sections: { heading: string; text: string[] }[] = [];
  for (const block of reportBlocks(content)) {
    if (block.kind === "heading" && block.level === 2) sections.push({ heading: block.text, text: [] });
    else {
      const current = sections.at(-1)!;
      if (block.kind === "heading") current.text.push(block.text);
      else if (block.kind === "table") current.text.push([block.header, ...block.rows].map((row) => row.join(" | ")).join("\n"));
      else current.text.push(block.text);
    }
  }
  return sections.map((s) => ({ heading: s.heading, text: s.text.join("\n\n") }));
}
