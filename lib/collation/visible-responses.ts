import "server-only";
import { can, type Principal } from "@/lib/auth/permissions";
import type { DbOrTx } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { ImpactLevel, Position, RespondentCategory, type CostBand, type QuestionKind } from "@/lib/generated/prisma/enums";

/*
 * THE one reader of a consultation's responses, for the collation page, the published page and
 * every download. Every non-SECAS reader — and everything published, whoever asks — reads through
 * here with a restricted Reader, and the restriction is applied in the queries themselves:
 *
 * - Only SUBMITTED responses count (drafts and withdrawn responses never do).
 * - A confidential response (the whole of it) contributes only to the count of confidential
 *   responses: no organisation, no name, no text, no position in any tally.
 * - A confidential answer (or per-requirement answer) contributes only to its question's (or
 *   requirement's) count of confidential answers: its position is NOT in the per-category tallies
 *   either, for anyone. A category may hold one respondent (there is one DCC): a tally would give
 *   its position away. SECAS sees the same tallies, so what it checks is what gets published.
 * - SECAS (consultation.readConfidential), and only on the collation page, also reads the
 *   confidential answers' text and organisation, each marked confidential.
 *
 * Names of people are never read at all; an answer is shown by its organisation.
 * Each function issues one query (two for a paged list), however many responses there are.
 */

/** Who reads. `full`: SECAS on the collation page. Build one with readerFor, or use PUBLISHED_READER. */
export type Reader = { readonly full: boolean };

/** Whatever is published (the public page and the downloads) reads as a non-SECAS reader does, even when SECAS asks. */
export const PUBLISHED_READER: Reader = Object.freeze({ full: false });

export function readerFor(principal: Principal | null | undefined): Reader {
  return Object.freeze({ full: can(principal, "consultation.readConfidential") });
}

/** What a tally counts: the position, the impact level of a PARTY_IMPACT answer, or just that a FREE_TEXT question was answered. */
export type TallyKey = Position | ImpactLevel | "ANSWERED";
export const CATEGORIES = Object.values(RespondentCategory);

/** The columns a question's tally shows, in order. */
export function tallyKeysFor(kind: QuestionKind): TallyKey[] {
  if (kind === "AGREE_DISAGREE") return ["AGREE", "DISAGREE", "NEUTRAL"];
  if (kind === "YES_NO") return ["YES", "NO"];
  if (kind === "PER_REQUIREMENT") return ["SUPPORT", "OPPOSE", "NEUTRAL"];
  if (kind === "PARTY_IMPACT") return ["LOW", "MEDIUM", "HIGH"];
  return ["ANSWERED"];
}

export function isTallyKey(value: unknown): value is TallyKey {
  return typeof value === "string" && (Object.hasOwn(Position, value) || Object.hasOwn(ImpactLevel, value) || value === "ANSWERED");
}

type Counts = Partial<Record<TallyKey, number>>;
export type QuestionTally = {
  /** category → key → count, of the answers anyone may read. */
  byCategory: Record<RespondentCategory, Counts>;
  total: number;
  /** Answers in confidential responses, or confidential themselves: counted here only. */
  confidential: number;
};

const emptyByCategory = (): Record<RespondentCategory, Counts> => Object.fromEntries(CATEGORIES.map((c) => [c, {}])) as Record<RespondentCategory, Counts>;
const emptyTally = (): QuestionTally => ({ byCategory: emptyByCategory(), total: 0, confidential: 0 });

/** Per question: the count of each position by category, and the count of confidential answers. One query. */
export async function findQuestionTallies(db: DbOrTx, consultationId: string): Promise<Map<string, QuestionTally>> {
  const rows = await db.$queryRaw<{ questionId: string; category: RespondentCategory; key: TallyKey; confidential: boolean; n: number }[]>`
    SELECT a."questionId", r.category::text AS category,
      COALESCE(a.position::text, a."impactLevel"::text, 'ANSWERED') AS key,
      (r.confidential OR a.confidential) AS confidential, count(*)::int AS n
    FROM "Answer" a JOIN "Response" r ON r.id = a."responseId" AND r."consultationId" = a."consultationId"
    WHERE a."consultationId" = ${consultationId} AND r.status = 'SUBMITTED'
    GROUP BY 1, 2, 3, 4`;
  const tallies = new Map<string, QuestionTally>();
  for (const row of rows) {
    const tally = tallies.get(row.questionId) ?? emptyTally();
    tallies.set(row.questionId, tally);
    if (row.confidential) {
      tally.confidential += row.n;
      continue;
    }
    const counts = tally.byCategory[row.category];
    counts[row.key] = (counts[row.key] ?? 0) + row.n;
    tally.total += row.n;
  }
  return tallies;
}

export type RequirementSupport = {
  /** category → position → count, of the per-requirement answers anyone may read. */
  byCategory: Record<RespondentCategory, Counts>;
  confidential: number;
};

/**
 * Per PER_REQUIREMENT question and requirement version: support / oppose / neutral by category.
 * One query. Keyed `${questionId}:${requirementVersionId}`. `only`: those questions and versions
 * (a page of the heat table), read through the (questionId, requirementVersionId) index.
 */
export async function findRequirementSupport(db: DbOrTx, consultationId: string, only?: { questionIds: string[]; requirementVersionIds: string[] }): Promise<Map<string, RequirementSupport>> {
  const within = only ? Prisma.sql`AND ra."questionId" = ANY(${only.questionIds}) AND ra."requirementVersionId" = ANY(${only.requirementVersionIds})` : Prisma.empty;
  const rows = await db.$queryRaw<{ questionId: string; requirementVersionId: string; category: RespondentCategory; position: Position; confidential: boolean; n: number }[]>`
    SELECT ra."questionId", ra."requirementVersionId", r.category::text AS category, ra.position::text AS position,
      (r.confidential OR ra.confidential) AS confidential, count(*)::int AS n
    FROM "RequirementAnswer" ra JOIN "Response" r ON r.id = ra."responseId" AND r."consultationId" = ra."consultationId"
    WHERE ra."consultationId" = ${consultationId} AND r.status = 'SUBMITTED' ${within}
    GROUP BY 1, 2, 3, 4, 5`;
  const support = new Map<string, RequirementSupport>();
  for (const row of rows) {
    const key = `${row.questionId}:${row.requirementVersionId}`;
    const cell = support.get(key) ?? { byCategory: emptyByCategory(), confidential: 0 };
    support.set(key, cell);
    if (row.confidential) cell.confidential += row.n;
    else cell.byCategory[row.category][row.position] = (cell.byCategory[row.category][row.position] ?? 0) + row.n;
  }
  return support;
}

export type ResponseCounts = { submitted: number; confidential: number; late: number; byCategory: Record<RespondentCategory, number> };

/** How many responses were received: in all, confidential (counted only), late, and by category (of those anyone may read). One query. */
export async function countResponses(db: DbOrTx, consultationId: string): Promise<ResponseCounts> {
  const groups = await db.response.groupBy({ by: ["category", "confidential", "late"], where: { consultationId, status: "SUBMITTED" }, _count: { _all: true } });
  const counts: ResponseCounts = { submitted: 0, confidential: 0, late: 0, byCategory: Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<RespondentCategory, number> };
  for (const g of groups) {
    const n = g._count._all;
    counts.submitted += n;
    if (g.late) counts.late += n;
    if (g.confidential) counts.confidential += n;
    else counts.byCategory[g.category] += n;
  }
  return counts;
}

/** The submitted responses the reader may see: a restricted reader never learns that a confidential one exists beyond its count. */
function visibleResponses(reader: Reader): Prisma.ResponseWhereInput {
  return reader.full ? { status: "SUBMITTED" } : { status: "SUBMITTED", confidential: false };
}
/** The answers (or per-requirement answers) the reader may see. */
function visibleAnswers(reader: Reader) {
  return reader.full ? {} : { confidential: false };
}

const RESPONDENT = { select: { organisation: { select: { name: true } }, category: true, late: true, submittedAt: true, confidential: true } } as const;

export type Respondent = { id: string; organisation: string; category: RespondentCategory; submittedAt: Date | null; late: boolean; confidential: boolean };

/** The responding organisations the reader may see, in category order then by name. One query. */
export async function findRespondents(db: DbOrTx, reader: Reader, consultationId: string): Promise<Respondent[]> {
  const rows = await db.response.findMany({
    where: { consultationId, ...visibleResponses(reader) },
    select: { id: true, ...RESPONDENT.select },
  });
  return rows
    .map((r) => ({ id: r.id, organisation: r.organisation.name, category: r.category, submittedAt: r.submittedAt, late: r.late, confidential: r.confidential }))
    .sort((a, b) => CATEGORIES.indexOf(a.category) - CATEGORIES.indexOf(b.category) || a.organisation.localeCompare(b.organisation));
}

export type RationaleFilter = { questionId?: string; position?: TallyKey; category?: RespondentCategory };
export type VisibleAnswer = {
  id: string;
  questionId: string;
  organisation: string;
  category: RespondentCategory;
  late: boolean;
  /** When its response was submitted (given with "late", so a reader can weigh a late answer). */
  submittedAt: Date | null;
  position: Position | null;
  rationale: string;
  costBand: CostBand | null;
  leadTimeWeeks: number | null;
  impactLevel: ImpactLevel | null;
  themes: string[];
  /** Only ever true for a full reader: the answer or its whole response is confidential. */
  confidential: boolean;
};

function answersWhere(reader: Reader, consultationId: string, filter: RationaleFilter): Prisma.AnswerWhereInput {
  const { position } = filter;
  return {
    consultationId,
    ...visibleAnswers(reader),
    response: { ...visibleResponses(reader), ...(filter.category ? { category: filter.category } : {}) },
    ...(filter.questionId ? { questionId: filter.questionId } : {}),
    ...(position && Object.hasOwn(Position, position) ? { position: position as Position } : {}),
    ...(position && Object.hasOwn(ImpactLevel, position) ? { impactLevel: position as ImpactLevel } : {}),
  };
}

const ANSWER_FIELDS = {
  id: true,
  questionId: true,
  position: true,
  rationale: true,
  costBand: true,
  leadTimeWeeks: true,
  impactLevel: true,
  themes: true,
  confidential: true,
  response: RESPONDENT,
} as const;

type AnswerRecord = Prisma.AnswerGetPayload<{ select: typeof ANSWER_FIELDS }>;
const toVisibleAnswer = ({ response, confidential, ...a }: AnswerRecord): VisibleAnswer => ({
  ...a,
  organisation: response.organisation.name,
  category: response.category,
  late: response.late,
  submittedAt: response.submittedAt,
  confidential: confidential || response.confidential,
});

/** One page of the answers (rationales) the reader may see, filtered by question, position and category, and how many match. Two queries. */
export async function findRationales(db: DbOrTx, reader: Reader, consultationId: string, filter: RationaleFilter, page: { skip: number; take: number }) {
  const where = answersWhere(reader, consultationId, filter);
  const [total, rows] = await Promise.all([
    db.answer.count({ where }),
    db.answer.findMany({ where, select: ANSWER_FIELDS, orderBy: [{ response: { category: "asc" } }, { response: { organisation: { name: "asc" } } }, { id: "asc" }], ...page }),
  ]);
  return { total, answers: rows.map(toVisibleAnswer) };
}

/** Every answer the reader may see, for the downloads (which use PUBLISHED_READER). One query. */
export async function findAllAnswers(db: DbOrTx, reader: Reader, consultationId: string): Promise<VisibleAnswer[]> {
  const rows = await db.answer.findMany({ where: answersWhere(reader, consultationId, {}), select: ANSWER_FIELDS, orderBy: [{ response: { category: "asc" } }, { response: { organisation: { name: "asc" } } }, { id: "asc" }] });
  return rows.map(toVisibleAnswer);
}

export type RequirementAnswerFilter = { questionId?: string; requirementVersionId?: string; category?: RespondentCategory };
export type VisibleRequirementAnswer = { id: string; questionId: string; requirementVersionId: string; organisation: string; category: RespondentCategory; position: Position; comment: string; confidential: boolean };

/** The per-requirement answers the reader may see: behind one heat-table cell, or all of them for a download. One query. */
export async function findRequirementAnswers(db: DbOrTx, reader: Reader, consultationId: string, filter: RequirementAnswerFilter): Promise<VisibleRequirementAnswer[]> {
  const rows = await db.requirementAnswer.findMany({
    where: {
      consultationId,
      ...visibleAnswers(reader),
      response: { ...visibleResponses(reader), ...(filter.category ? { category: filter.category } : {}) },
      ...(filter.questionId ? { questionId: filter.questionId } : {}),
      ...(filter.requirementVersionId ? { requirementVersionId: filter.requirementVersionId } : {}),
    },
    select: { id: true, questionId: true, requirementVersionId: true, position: true, comment: true, confidential: true, response: RESPONDENT },
    orderBy: [{ response: { category: "asc" } }, { response: { organisation: { name: "asc" } } }, { id: "asc" }],
  });
  return rows.map(({ response, confidential, ...a }) => ({ ...a, organisation: response.organisation.name, category: response.category, confidential: confidential || response.confidential }));
}

/** Per question, how many of the answers the reader may see carry each theme SECAS tagged. One query. */
export async function countThemes(db: DbOrTx, reader: Reader, consultationId: string): Promise<Map<string, { theme: string; count: number }[]>> {
  const rows = await db.$queryRaw<{ questionId: string; theme: string; n: number }[]>`
    SELECT a."questionId", t.theme, count(*)::int AS n
    FROM "Answer" a JOIN "Response" r ON r.id = a."responseId" AND r."consultationId" = a."consultationId"
    CROSS JOIN LATERAL unnest(a.themes) AS t(theme)
    WHERE a."consultationId" = ${consultationId} AND r.status = 'SUBMITTED'
      AND (${reader.full} OR (NOT r.confidential AND NOT a.confidential))
    GROUP BY 1, 2 ORDER BY 3 DESC, 2`;
  const themes = new Map<string, { theme: string; count: number }[]>();
  for (const row of rows) themes.set(row.questionId, [...(themes.get(row.questionId) ?? []), { theme: row.theme, count: row.n }]);
  return themes;
}
