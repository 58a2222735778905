/**
 * The bench's consultations: on each large modification a published Refinement Consultation of 10
 * questions over a baseline of its requirements, answered by 30 (then 300) organisations, each
 * answering every question and every requirement (50, then 500 per-requirement answers each).
 * Some responses are confidential, some answers are, some responses late. Rows go in with
 * createMany in batches.
 */
import type { Db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { PartyCategory, Position, QuestionKind, RespondentCategory } from "@/lib/generated/prisma/enums";

const QUESTIONS: QuestionKind[] = ["AGREE_DISAGREE", "YES_NO", "PER_REQUIREMENT", "PARTY_IMPACT", "AGREE_DISAGREE", "FREE_TEXT", "AGREE_DISAGREE", "YES_NO", "AGREE_DISAGREE", "FREE_TEXT"];
const CATEGORIES: RespondentCategory[] = ["LARGE_SUPPLIER", "SMALL_SUPPLIER", "ELECTRICITY_NETWORK_PARTY", "GAS_NETWORK_PARTY", "OTHER_SEC_PARTY", "DCC", "CONSUMER_BODY"];
const POSITIONS: Record<QuestionKind, (Position | null)[]> = {
  AGREE_DISAGREE: ["AGREE", "AGREE", "DISAGREE", "NEUTRAL"],
  YES_NO: ["YES", "NO", "YES"],
  PER_REQUIREMENT: [null],
  PARTY_IMPACT: [null],
  FREE_TEXT: [null],
};
const REQUIREMENT_POSITIONS: Position[] = ["SUPPORT", "SUPPORT", "OPPOSE", "NEUTRAL", "SUPPORT"];
const BATCH = 5_000;

/** modification ref → its bench consultation's id, for the pages' addresses. */
const consultations = new Map<string, string>();

export function benchConsultationPath(ref: string, page: "responses" | "published"): string {
  return `/modifications/${ref}/consultations/${consultations.get(ref)}/${page}`;
}

/** One consultation per modification: `responses` responses for a modification of that number. */
export async function createBenchConsultations(db: Db, sizes: readonly { number: number; requirements: number }[]): Promise<void> {
  for (const size of sizes) consultations.set(`DP${size.number}`, await createConsultation(db, size.number, size.requirements >= 500 ? 300 : 30));
}

async function createConsultation(db: Db, number: number, responses: number): Promise<string> {
  const m = await db.modification.findUniqueOrThrow({ where: { number }, select: { id: true, requirements: { select: { id: true, version: true } } } });
  const author = await db.user.findUniqueOrThrow({ where: { email: "seed-large@portal.invalid" }, select: { id: true } });
  const current = await db.requirementVersion.findMany({ where: { OR: m.requirements.map((r) => ({ requirementId: r.id, version: r.version })) }, select: { id: true } });
  const baseline = await db.baseline.create({
    data: { modificationId: m.id, name: "Bench consultation baseline", createdById: author.id, entries: { createMany: { data: current.map((v) => ({ requirementVersionId: v.id })) } } },
    select: { id: true },
  });
  const closesAt = new Date("2026-06-01T16:00:00Z");
  const consultation = await db.consultation.create({
    data: {
      modificationId: m.id, kind: "REFINEMENT", title: "Bench Refinement Consultation", introduction: "Generated responses for the benchmark.", status: "PUBLISHED",
      opensAt: new Date("2026-05-01T08:00:00Z"), closesAt, openedAt: new Date("2026-05-01T08:00:00Z"), closedAt: closesAt, collatedAt: closesAt, publishedAt: closesAt, publishedById: author.id, baselineId: baseline.id,
      questions: { create: QUESTIONS.map((kind, i) => ({ number: i + 1, kind, text: `Generated question ${i + 1}?`, summary: `Generated summary of question ${i + 1}.` })) },
    },
    select: { id: true, questions: { orderBy: { number: "asc" }, select: { id: true, kind: true } } },
  });
  // Respondent i is in category i mod 7: a SEC Party in one of the five, the DCC, or a consumer body.
  const kindOf = (c: RespondentCategory) => (c === "DCC" ? ("DCC" as const) : c === "CONSUMER_BODY" ? ("CONSUMER_REPRESENTATIVE" as const) : ("SEC_PARTY" as const));
  const categoryOf = (i: number) => CATEGORIES[i % CATEGORIES.length]!;
  await db.organisation.createMany({
    data: Array.from({ length: responses }, (_, i) => ({ name: `Bench respondent ${number}-${i}`, kind: kindOf(categoryOf(i)), partyCategory: kindOf(categoryOf(i)) === "SEC_PARTY" ? (categoryOf(i) as PartyCategory) : null })),
    skipDuplicates: true,
  });
  const organisations = (await db.organisation.findMany({ where: { name: { startsWith: `Bench respondent ${number}-` } }, select: { id: true, name: true } })).map((o) => ({ id: o.id, index: Number(o.name.split("-").at(-1)) }));
  const created = await db.response.createManyAndReturn({
    data: organisations.map((o, i): Prisma.ResponseCreateManyInput => ({
      consultationId: consultation.id, organisationId: o.id, category: categoryOf(o.index), respondentId: author.id, status: "SUBMITTED",
      confidential: i % 20 === 7, late: i % 30 === 11, submittedAt: new Date(closesAt.getTime() - i * 60_000),
    })),
    select: { id: true },
  });
  const on = (responseId: string) => ({ responseId, consultationId: consultation.id });
  const answers = created.flatMap((r, i) =>
    consultation.questions.map((q, j): Prisma.AnswerCreateManyInput => {
      const positions = POSITIONS[q.kind];
      return {
        ...on(r.id), questionId: q.id, position: positions[(i + j) % positions.length], confidential: (i + j) % 13 === 5,
        rationale: `Generated rationale ${i + 1}.${j + 1}: the respondent's reasons, a sentence or two long, as a real answer would be.`,
        impactLevel: q.kind === "PARTY_IMPACT" ? (["LOW", "MEDIUM", "HIGH"] as const)[i % 3] : null,
        costBand: q.kind === "PARTY_IMPACT" ? "FROM_10K_TO_100K" : null,
        leadTimeWeeks: q.kind === "PARTY_IMPACT" ? 12 + (i % 40) : null,
        themes: i % 4 === 0 ? ["cost"] : i % 4 === 1 ? ["timing", "testing"] : [],
      };
    }),
  );
  for (let i = 0; i < answers.length; i += BATCH) await db.answer.createMany({ data: answers.slice(i, i + BATCH) });
  const perRequirement = consultation.questions.find((q) => q.kind === "PER_REQUIREMENT")!.id;
  let rows: Prisma.RequirementAnswerCreateManyInput[] = [];
  for (const [i, r] of created.entries()) {
    for (const [k, v] of current.entries()) {
      rows.push({ ...on(r.id), questionId: perRequirement, requirementVersionId: v.id, position: REQUIREMENT_POSITIONS[(i + k) % REQUIREMENT_POSITIONS.length]!, confidential: (i + k) % 29 === 3, comment: k % 10 === 0 ? "Generated comment." : "" });
      if (rows.length === BATCH) {
        await db.requirementAnswer.createMany({ data: rows });
        rows = [];
      }
    }
  }
  if (rows.length > 0) await db.requirementAnswer.createMany({ data: rows });
  return consultation.id;
}
