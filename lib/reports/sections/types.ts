/**
 * The sections of a report read from the data (JSON in Report.generated): what the report said
 * when it was drafted or last refreshed. Plain values only (strings, numbers), so that the same
 * snapshot renders the same HTML, PDF and DOCX and can be hashed.
 */
export type ReportRequirement = { ref: string; area: string; title: string; status: string; version: number; text: string };
export type DccAssessment = { kind: string; organisation: string; costGbp: string | null; leadTimeWeeks: number | null; systems: string[]; summary: string; date: string };
export type PartyImpactRow = { category: string; answers: number; levels: string; costBands: string };
export type ReviewRow = { committee: string; rounds: string[]; threads: number; open: number; responded: number; resolved: number; dispositions: string };
export type ConsultationCategoryRow = { category: string; responses: number; confidential: number };
export type ConsultationResult = { id: string; title: string; kind: string; status: string; closes: string; submitted: number; byCategory: ConsultationCategoryRow[] };
export type TimelineRow = { date: string; event: string; confirmed: boolean };
export type GlossaryRow = { term: string; meaning: string };

export type GeneratedSections = {
  /** When the data was read (ISO instant). */
  readAt: string;
  baseline: { name: string; frozenOn: string } | null;
  requirements: ReportRequirement[];
  impacts: { dcc: DccAssessment | null; parties: PartyImpactRow[] };
  reviews: ReviewRow[];
  consultations: ConsultationResult[];
  timeline: TimelineRow[];
  glossary: GlossaryRow[];
};
