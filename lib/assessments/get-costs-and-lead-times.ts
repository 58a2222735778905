// Not marked server-only: the seed (run by scripts) publishes DP162's report v0.1 through lib/reports/sections.
import type { DbOrTx } from "@/lib/db";
import type { CostBand, DccAssessmentKind, ImpactLevel, RespondentCategory } from "@/lib/generated/prisma/enums";
import { compareFigures, figuresOf, VERSION_FIGURES, type DccFigures, type FiguresChange } from "./figures";

export type PartyImpactCounts = {
  category: RespondentCategory;
  answers: number;
  /** Answers giving each impact level; `unstated`: none given. */
  levels: Record<ImpactLevel | "unstated", number>;
  costBands: Record<CostBand | "unstated", number>;
};

export type CostsAndLeadTimes = {
  dcc: {
    assessmentId: string;
    kind: DccAssessmentKind;
    version: number;
    figures: DccFigures;
    validUntil: Date;
    receivedAt: Date;
    illustrative: boolean;
    /** Since the previous version of this assessment, or else the previous assessment's last version. */
    change: { since: "previousVersion" | "previousAssessment"; previousKind: DccAssessmentKind; figures: FiguresChange } | null;
  } | null;
  /**
   * Counts only, from the latest consultation with submitted party-impact answers; null when not
   * asked for. Confidential answers (or answers in a confidential response) are only counted in
   * `confidential`, never in a category: a category may hold one respondent (the DCC), whose
   * level a tally would give away — the rule of lib/collation/visible-responses.ts.
   */
  parties: { consultationTitle: string; byCategory: PartyImpactCounts[]; confidential: number } | null;
};

/**
 * The overview's "Costs and lead times" panel: the DCC's figures at the current (received)
 * assessment and how they moved, and — for those who may read impacts — the parties' own impacts
 * by category as counts. The party side is built from the impact level and cost band of submitted
 * responses' PARTY_IMPACT answers and nothing else: no text, organisation or person is selected,
 * so a confidential response can only ever add to a count. Four queries at most, whatever the size.
 */
export async function getCostsAndLeadTimes(db: DbOrTx, modificationId: string, { partyImpacts }: { partyImpacts: boolean }): Promise<CostsAndLeadTimes> {
  const assessments = await db.dccAssessment.findMany({
    where: { modificationId, status: { in: ["RECEIVED", "SUPERSEDED"] } },
    orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
    select: { id: true, kind: true, status: true, versions: { orderBy: { number: "desc" }, take: 2, select: VERSION_FIGURES } },
  });
  const current = assessments.find((a) => a.status === "RECEIVED" && a.versions.length > 0);
  // The most recently superseded one is the assessment the current one replaced.
  const previous = assessments.find((a) => a.status === "SUPERSEDED" && a.versions.length > 0);
  return { dcc: current ? dccSummary(current, previous) : null, parties: partyImpacts ? await partyImpactCounts(db, modificationId) : null };
}

type Loaded = { id: string; kind: DccAssessmentKind; versions: ({ number: number; validUntil: Date; illustrative: boolean; createdAt: Date } & Parameters<typeof figuresOf>[0])[] };

function dccSummary(current: Loaded, previous: Loaded | undefined): NonNullable<CostsAndLeadTimes["dcc"]> {
  const [latest, before] = current.versions;
  const figures = figuresOf(latest!);
  const change = before
    ? { since: "previousVersion" as const, previousKind: current.kind, figures: compareFigures(figuresOf(before), figures) }
    : previous
      ? { since: "previousAssessment" as const, previousKind: previous.kind, figures: compareFigures(figuresOf(previous.versions[0]!), figures) }
      : null;
  return {
    assessmentId: current.id,
    kind: current.kind,
    version: latest!.number,
    figures,
    validUntil: latest!.validUntil,
    receivedAt: latest!.createdAt,
    illustrative: latest!.illustrative,
    change,
  };
}

async function partyImpactCounts(db: DbOrTx, modificationId: string): Promise<CostsAndLeadTimes["parties"]> {
  const submittedImpact = { kind: "PARTY_IMPACT" as const, answers: { some: { response: { status: "SUBMITTED" as const } } } };
  const consultation = await db.consultation.findFirst({
    where: { modificationId, questions: { some: submittedImpact } },
    orderBy: [{ opensAt: "desc" }, { id: "desc" }],
    select: { id: true, title: true },
  });
  if (!consultation) return null;
  // Only the two enums and the category: nothing else of an answer or response is read.
  const answers = await db.answer.findMany({
    where: { consultationId: consultation.id, question: { kind: "PARTY_IMPACT" }, response: { status: "SUBMITTED" } },
    select: { impactLevel: true, costBand: true, confidential: true, response: { select: { category: true, confidential: true } } },
  });
  const byCategory = new Map<RespondentCategory, PartyImpactCounts>();
  let confidential = 0;
  for (const { impactLevel, costBand, response, ...answer } of answers) {
    if (answer.confidential || response.confidential) {
      confidential++;
      continue;
    }
    const counts = byCategory.get(response.category) ?? {
      category: response.category,
      answers: 0,
      levels: { LOW: 0, MEDIUM: 0, HIGH: 0, unstated: 0 },
      costBands: { NONE: 0, UNDER_10K: 0, FROM_10K_TO_100K: 0, FROM_100K_TO_1M: 0, OVER_1M: 0, unstated: 0 },
    };
    counts.answers++;
    counts.levels[impactLevel ?? "unstated"]++;
    counts.costBands[costBand ?? "unstated"]++;
    byCategory.set(response.category, counts);
  }
  const order: RespondentCategory[] = ["LARGE_SUPPLIER", "SMALL_SUPPLIER", "ELECTRICITY_NETWORK_PARTY", "GAS_NETWORK_PARTY", "OTHER_SEC_PARTY", "DCC", "CONSUMER_BODY"];
  return { consultationTitle: consultation.title, byCategory: order.flatMap((c) => byCategory.get(c) ?? []), confidential };
}
