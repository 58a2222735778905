import { getCostsAndLeadTimes } from "@/lib/assessments/get-costs-and-lead-times";
import { oneOffPence } from "@/lib/assessments/figures";
import { DCC_ASSESSMENT_KIND_LABELS } from "@/lib/assessments/labels";
import { releaseLabel } from "@/lib/assessments/releases";
import type { DbOrTx } from "@/lib/db";
import { COST_BAND_LABELS, IMPACT_LEVEL_LABELS, RESPONDENT_CATEGORY_LABELS } from "@/lib/labels";
import type { GeneratedSections } from "./types";

const pounds = (pence: number) => (pence / 100).toFixed(2);

/** What a count table cell says: "Low 2, High 1" (none given when every answer left it out). */
function counts<K extends string>(tally: Record<K | "unstated", number>, labels: Record<K, string>): string {
  const given = (Object.keys(labels) as K[]).filter((k) => tally[k] > 0).map((k) => `${labels[k]} ${tally[k]}`);
  return [...given, ...(tally.unstated ? [`not stated ${tally.unstated}`] : [])].join(", ") || "none given";
}

/**
 * The current DCC assessment and the parties' own impacts by category, read through
 * lib/assessments (the overview's "Costs and lead times" panel): counts only from the parties, so a
 * confidential response adds to a count and nothing else.
 */
export async function readImpactsSection(db: DbOrTx, modificationId: string): Promise<GeneratedSections["impacts"]> {
  const { dcc, parties } = await getCostsAndLeadTimes(db, modificationId, { partyImpacts: true });
  return {
    dcc: dcc && {
      kind: DCC_ASSESSMENT_KIND_LABELS[dcc.kind].replace(/^DCC /, ""),
      organisation: "the DCC",
      costGbp: pounds(oneOffPence(dcc.figures)),
      leadTimeWeeks: dcc.figures.leadTimeWeeks,
      systems: dcc.figures.systems,
      summary: `Version ${dcc.version}. Ongoing cost £${(dcc.figures.ongoingPerYearPence / 100).toLocaleString("en-GB", { minimumFractionDigits: 2 })} a year; earliest release ${releaseLabel(dcc.figures.earliestRelease)}.${dcc.illustrative ? " Illustrative figures, not a DCC assessment." : ""}`,
      date: dcc.receivedAt.toISOString(),
    },
    parties: [
      ...(parties?.byCategory ?? []).map((p) => ({
        category: RESPONDENT_CATEGORY_LABELS[p.category],
        answers: p.answers,
        levels: counts(p.levels, IMPACT_LEVEL_LABELS),
        costBands: counts(p.costBands, COST_BAND_LABELS),
      })),
      // Confidential answers: a count, never in a category (which one respondent alone may fill).
      ...(parties?.confidential ? [{ category: "Confidential (any category)", answers: parties.confidential, levels: "not shown", costBands: "not shown" }] : []),
    ],
  };
}
