import type { ReportStatus } from "@/lib/generated/prisma/enums";
import type { ReportContent } from "./content";
import { narrativeOf, type Narrative } from "./narrative";
import type { GeneratedSections } from "./sections/types";

/** The columns of a Report that make its content. */
export const REPORT_CONTENT_SELECT = {
  number: true,
  status: true,
  publishedAt: true,
  illustrative: true,
  summary: true,
  issue: true,
  solution: true,
  implementation: true,
  assessment: true,
  workingGroupViews: true,
  generated: true,
} as const;

type ContentRow = Narrative & { number: string; status: ReportStatus; publishedAt: Date | null; illustrative: boolean; generated: unknown };

/** What a report version shows, from its row and its modification's reference and title. */
export function reportContent(row: ContentRow, modification: { draftRef: string; title: string }, publishedAt: Date | null = row.publishedAt): ReportContent {
  return {
    reference: modification.draftRef,
    title: modification.title,
    number: row.number,
    status: publishedAt ? "PUBLISHED" : "DRAFT",
    publishedAt: publishedAt?.toISOString() ?? null,
    illustrative: row.illustrative,
    narrative: narrativeOf(row),
    generated: row.generated as GeneratedSections,
  };
}
