import "server-only";
import { getConsultation } from "@/lib/consultations/get-consultation";
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { pageCountOf } from "@/lib/validation/address";
import { HEAT_ROWS_PER_PAGE } from "./collation-filter";
import { countResponses, countThemes, findQuestionTallies, findRequirementSupport, findRespondents, type Reader, type QuestionTally, type RequirementSupport } from "./visible-responses";

/**
 * A consultation's collation as `reader` may see it: the consultation and its questions (with
 * SECAS's summaries), the response counts, each question's tally and themes, the per-requirement
 * support, and the respondents. A fixed number of queries however many responses there are.
 * `heatPage` limits the per-requirement support to one page of HEAT_ROWS_PER_PAGE requirements
 * (the pages' heat tables), and then `consultation.requirements` is empty (the page's rows are in
 * each PER_REQUIREMENT question: 500 more would be decoded from the data cache on every request);
 * without it, every requirement (the downloads).
 */
export async function getCollation(db: Db, reader: Reader, modificationId: string, consultationId: string, { heatPage }: { heatPage?: number } = {}) {
  // The counts start beside the consultation's own read (saving a round trip); if the consultation
  // is not this modification's, getConsultation throws and they are dropped unread.
  const [consultation, counts, tallies, themes, respondents] = await Promise.all([
    getConsultation(db, modificationId, consultationId),
    countResponses(db, consultationId),
    findQuestionTallies(db, consultationId),
    countThemes(db, reader, consultationId),
    findRespondents(db, reader, consultationId),
  ]);
  const heat = heatTablePage(consultation.requirements.length, heatPage);
  const shown = consultation.requirements.slice(heat.first - 1, heat.first - 1 + heat.size);
  const perRequirement = consultation.questions.filter((q) => q.kind === "PER_REQUIREMENT").map((q) => q.id);
  const support = await findRequirementSupport(db, consultation.id, heatPage ? { questionIds: perRequirement, requirementVersionIds: shown.map((r) => r.requirementVersionId) } : undefined);
  const questions = consultation.questions.map((q) => ({
    ...q,
    tally: tallies.get(q.id) ?? EMPTY_TALLY,
    themes: themes.get(q.id) ?? [],
    requirements: q.kind === "PER_REQUIREMENT" ? shown.map((r) => ({ ...r, support: support.get(`${q.id}:${r.requirementVersionId}`) ?? EMPTY_SUPPORT })) : [],
  }));
  return { consultation: heatPage ? { ...consultation, requirements: [] } : consultation, counts, questions, respondents, heat };
}

/** The heat table's page (past the last page: the last), or all of it as one page when none is asked for. */
function heatTablePage(requirementCount: number, asked: number | undefined) {
  const pageCount = asked ? pageCountOf(requirementCount, HEAT_ROWS_PER_PAGE) : 1;
  const page = Math.min(asked ?? 1, pageCount);
  const size = asked ? HEAT_ROWS_PER_PAGE : requirementCount;
  return { page, pageCount, first: (page - 1) * HEAT_ROWS_PER_PAGE + 1, size, requirementCount };
}

/** Only once SECAS has published it: anyone's page and downloads. NOT_FOUND before, so nothing unpublished is hinted at. */
export async function getPublishedCollation(db: Db, reader: Reader, modificationId: string, consultationId: string, options: { heatPage?: number } = {}) {
  return publishedOnly(await getCollation(db, reader, modificationId, consultationId, options));
}

/** The collation if SECAS has published it, else NOT_FOUND. */
export function publishedOnly<C extends Collation>(collation: C): C {
  if (collation.consultation.status !== "PUBLISHED") throw new AppError("NOT_FOUND", "The collated responses to that consultation are not published.");
  return collation;
}

export type Collation = Awaited<ReturnType<typeof getCollation>>;
export type CollatedQuestion = Collation["questions"][number];

const EMPTY_BY_CATEGORY = { LARGE_SUPPLIER: {}, SMALL_SUPPLIER: {}, ELECTRICITY_NETWORK_PARTY: {}, GAS_NETWORK_PARTY: {}, OTHER_SEC_PARTY: {}, DCC: {}, CONSUMER_BODY: {} };
const EMPTY_TALLY: QuestionTally = { byCategory: EMPTY_BY_CATEGORY, total: 0, confidential: 0 };
const EMPTY_SUPPORT: RequirementSupport = { byCategory: EMPTY_BY_CATEGORY, confidential: 0 };

/** "2 confidential responses": how confidential material appears to everyone but SECAS. */
export function confidentialText(n: number, what: "response" | "answer"): string {
  return `${n} confidential ${what}${n === 1 ? "" : "s"}`;
}

/** Support share of a heat-table cell: supporting / all visible, or null when nobody in the category answered. */
export function supportShare(counts: Partial<Record<string, number>>): { support: number; total: number; share: number | null } {
  const support = counts.SUPPORT ?? 0;
  const total = (counts.SUPPORT ?? 0) + (counts.OPPOSE ?? 0) + (counts.NEUTRAL ?? 0);
  return { support, total, share: total === 0 ? null : support / total };
}
