import { diffText, isUnchanged, type DiffPart } from "@/lib/requirements/diff";
import type { ReportContent } from "./content";
import { sectionTexts } from "./render/blocks";

export type SectionRedline = { heading: string; parts: DiffPart[]; changed: boolean };

/**
 * The redline between two versions: each section's text (narrative Markdown as written, tables
 * as rows) compared word by word, in the later version's order; a section only one has is all
 * added or all removed.
 */
export function compareReports(older: ReportContent, newer: ReportContent): SectionRedline[] {
  const before = new Map(sectionTexts(older).map((s) => [s.heading, s.text]));
  const after = sectionTexts(newer);
  const afterHeadings = new Set(after.map((s) => s.heading));
  const sections = [
    ...after.map((s) => ({ heading: s.heading, parts: diffText(before.get(s.heading) ?? "", s.text) })),
    ...[...before].filter(([heading]) => !afterHeadings.has(heading)).map(([heading, text]) => ({ heading, parts: diffText(text, "") })),
  ];
  return sections.map((s) => ({ ...s, changed: !isUnchanged(s.parts) }));
}
