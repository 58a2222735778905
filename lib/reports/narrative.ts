import { z } from "zod";
import { withoutInvisible } from "@/lib/validation/text";

/** The sections SECAS writes, in Markdown, in the order the report sets them out. */
export const NARRATIVE_SECTIONS = [
  { key: "summary", heading: "Summary" },
  { key: "issue", heading: "What is the issue?" },
  { key: "solution", heading: "Solution" },
  { key: "implementation", heading: "Implementation approach" },
  { key: "assessment", heading: "Assessment against the General SEC Objectives" },
  { key: "workingGroupViews", heading: "Working Group's views" },
] as const;

export type NarrativeKey = (typeof NARRATIVE_SECTIONS)[number]["key"];
export type Narrative = Record<NarrativeKey, string>;

export const NARRATIVE_LIMIT = 50_000;

const sectionText = z
  .string()
  .max(NARRATIVE_LIMIT, `A section is at most ${NARRATIVE_LIMIT.toLocaleString("en-GB")} characters.`)
  .transform((s) => withoutInvisible(s).replace(/\r\n/g, "\n").trim());

export const narrativeSchema = z.object(Object.fromEntries(NARRATIVE_SECTIONS.map((s) => [s.key, sectionText])) as Record<NarrativeKey, typeof sectionText>);

export const narrativeOf = (row: Narrative): Narrative => Object.fromEntries(NARRATIVE_SECTIONS.map((s) => [s.key, row[s.key]])) as Narrative;
