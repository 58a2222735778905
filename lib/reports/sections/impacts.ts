import type { DbOrTx } from "@/lib/db";
import { PARTY_CATEGORY_LABELS } from "@/lib/labels";
import type { GeneratedSections, PartyImpactRow } from "./types";

// Reads ImpactAssessment as it is today. When lib/assessments (issue 9) holds DCC assessments,
// this one file is what changes. Two queries, however many assessments.

/** The latest DCC assessment (full before preliminary) and the parties' impacts by Party Category, as of `asOf`. */
export async function readImpactsSection(db: DbOrTx, modificationId: string, asOf: Date): Promise<GeneratedSections["impacts"]> {
  const dcc = await db.impactAssessment.findFirst({
      where: { modificationId, kind: { in: ["DCC_FULL", "DCC_PRELIMINARY"] }, createdAt: { lte: asOf } },
      orderBy: [{ kind: "asc" }, { updatedAt: "desc" }],
      select: { kind: true, costGbp: true, leadTimeWeeks: true, systems: true, summary: true, updatedAt: true, organisation: { select: { name: true } } },
  });
  const parties = await db.impactAssessment.findMany({
      where: { modificationId, kind: "PARTY", createdAt: { lte: asOf } },
      select: { costGbp: true, leadTimeWeeks: true, organisation: { select: { partyCategory: true, kind: true } } },
  });
  const byCategory = new Map<string, PartyImpactRow>();
  for (const p of parties) {
    const category = p.organisation.partyCategory ? PARTY_CATEGORY_LABELS[p.organisation.partyCategory] : "Other";
    const row = byCategory.get(category) ?? { category, assessments: 0, totalCostGbp: null, longestLeadTimeWeeks: null };
    row.assessments += 1;
    if (p.costGbp !== null) row.totalCostGbp = (Number(row.totalCostGbp ?? 0) + Number(p.costGbp)).toFixed(2);
    if (p.leadTimeWeeks !== null) row.longestLeadTimeWeeks = Math.max(row.longestLeadTimeWeeks ?? 0, p.leadTimeWeeks);
    byCategory.set(category, row);
  }
  return {
    dcc: dcc && {
      kind: dcc.kind === "DCC_FULL" ? "Impact Assessment" : "Preliminary Assessment",
      organisation: dcc.organisation.name,
      costGbp: dcc.costGbp === null ? null : dcc.costGbp.toFixed(2),
      leadTimeWeeks: dcc.leadTimeWeeks,
      systems: dcc.systems,
      summary: dcc.summary,
      date: dcc.updatedAt.toISOString(),
    },
    parties: [...byCategory.values()].sort((a, b) => a.category.localeCompare(b.category)),
  };
}
