import "server-only";
import { getConsultation } from "@/lib/consultations/get-consultation";
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { countResponses, countThemes, findQuestionTallies, findRequirementSupport, findRespondents, type Reader, type QuestionTally, type RequirementSupport } from "./visible-responses";

/**
 * A consultation's collation as `reader` may see it: the consultation and its questions (with
 * SECAS's summaries), the response counts, each question's tally and themes, the per-requirement
 * support, and the respondents. A fixed number of queries however many responses there are.
 */
export async function getCollation(db: Db, reader: Reader, modificationId: string, consultationId: string) {
  const consultation = await getConsultation(db, modificationId, consultationId);
  const [counts, tallies, support, themes, respondents] = await Promise.all([
    countResponses(db, consultation.id),
    findQuestionTallies(db, consultation.id),
    findRequirementSupport(db, consultation.id),
    countThemes(db, reader, consultation.id),
    findRespondents(db, reader, consultation.id),
  ]);
  const questions = consultation.questions.map((q) => ({
    ...q,
    tally: tallies.get(q.id) ?? EMPTY_TALLY,
    themes: themes.get(q.id) ?? [],
    requirements:
      q.kind === "PER_REQUIREMENT" ? consultation.requirements.map((r) => ({ ...r, support: support.get(`${q.id}:${r.requirementVersionId}`) ?? EMPTY_SUPPORT })) : [],
  }));
  return { consultation, counts, questions, respondents };
}

/** Only once SECAS has published it: anyone's page and downloads. NOT_FOUND before, so nothing unpublished is hinted at. */
export async function getPublishedCollation(db: Db, reader: Reader, modificationId: string, consultationId: string) {
  const collation = await getCollation(db, reader, modificationId, consultationId);
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
