import type { DbOrTx } from "@/lib/db";
import type { Narrative } from "./narrative";
import { readConsultationsSection } from "./sections/consultations";
import { glossaryFor } from "./sections/glossary";
import { readImpactsSection } from "./sections/impacts";
import { readRequirementsSection } from "./sections/requirements";
import { readReviewsSection } from "./sections/reviews";
import { readTimelineSection } from "./sections/timeline";
import type { GeneratedSections } from "./sections/types";

/**
 * Reads every generated section from the data as it stands at `asOf` (now, or the date of a
 * seeded report): a fixed number of queries, however large the modification.
 */
export async function gatherSections(
  db: DbOrTx,
  report: { modificationId: string; baselineId: string | null; title: string; narrative: Narrative },
  asOf: Date,
): Promise<GeneratedSections> {
  const { modificationId } = report;
  // One after the other: they may run inside an interactive transaction, which takes one query at a time.
  const requirements = await readRequirementsSection(db, report.baselineId);
  const impacts = await readImpactsSection(db, modificationId);
  const reviews = await readReviewsSection(db, modificationId, asOf);
  const consultations = await readConsultationsSection(db, modificationId, asOf);
  const timeline = await readTimelineSection(db, modificationId, asOf);
  const words = [report.title, ...Object.values(report.narrative), ...requirements.requirements.map((r) => `${r.title} ${r.text}`), ...timeline.map((t) => t.event)].join("\n");
  return { readAt: asOf.toISOString(), ...requirements, impacts, reviews, consultations, timeline, glossary: glossaryFor(words) };
}
