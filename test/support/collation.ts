import { db } from "@/lib/db";
import type { CostBand, ImpactLevel, Position, RespondentCategory, ResponseStatus } from "@/lib/generated/prisma/enums";

/**
 * Consultations and responses written straight into the database, for the collation tests
 * (the commands that open consultations and submit responses live in other areas).
 */
let counter = 0;

export type AnswerSpec = { position?: Position; rationale?: string; confidential?: boolean; impactLevel?: ImpactLevel; costBand?: CostBand; leadTimeWeeks?: number; themes?: string[] };
export type ResponseSpec = {
  organisation: string;
  category: RespondentCategory;
  status?: ResponseStatus;
  confidential?: boolean;
  late?: boolean;
  /** When it was submitted: now unless said. */
  submittedAt?: Date;
  /** Answers to the AGREE_DISAGREE, PARTY_IMPACT and FREE_TEXT questions (1, 3, 4). */
  agree?: AnswerSpec;
  impact?: AnswerSpec;
  comments?: AnswerSpec;
  /** One position for every requirement of the baseline, with this comment on each; confidential if said. */
  requirements?: { position: Position; comment?: string; confidential?: boolean };
};

export type ClosedTestConsultation = { id: string; questions: { agree: string; perRequirement: string; impact: string; comments: string }; requirementVersionIds: string[] };

/** A closed consultation of the modification over its first baseline: 1 agree/disagree, 2 per requirement, 3 party impact, 4 free text. */
export async function createClosedConsultation(modificationId: string, { requirements }: { requirements?: number } = {}): Promise<ClosedTestConsultation> {
  const baseline = await db().baseline.findFirstOrThrow({ where: { modificationId }, orderBy: { createdAt: "asc" }, select: { id: true, entries: { select: { requirementVersionId: true }, take: requirements } } });
  const closesAt = new Date(Date.now() - 86_400_000);
  const consultation = await db().consultation.create({
    data: {
      modificationId,
      kind: "REFINEMENT",
      title: `Closed test consultation ${process.pid}-${++counter}`,
      status: "CLOSED",
      opensAt: new Date(closesAt.getTime() - 14 * 86_400_000),
      closesAt,
      closedAt: closesAt,
      baselineId: baseline.id,
      questions: {
        create: [
          { number: 1, kind: "AGREE_DISAGREE", text: "Do you agree with the solution?" },
          { number: 2, kind: "PER_REQUIREMENT", text: "Do you support each requirement?" },
          { number: 3, kind: "PARTY_IMPACT", text: "What is the impact on you?" },
          { number: 4, kind: "FREE_TEXT", text: "Any other comments?" },
        ],
      },
    },
    select: { id: true, questions: { orderBy: { number: "asc" }, select: { id: true } } },
  });
  const [agree, perRequirement, impact, comments] = consultation.questions.map((q) => q.id) as [string, string, string, string];
  return { id: consultation.id, questions: { agree, perRequirement, impact, comments }, requirementVersionIds: baseline.entries.map((e) => e.requirementVersionId) };
}

/** An organisation of that name (created in that category if new). */
export async function organisationNamed(name: string, category: RespondentCategory): Promise<string> {
  const partyCategory = category === "DCC" || category === "CONSUMER_BODY" ? null : category;
  const kind = category === "DCC" ? "DCC" : category === "CONSUMER_BODY" ? "CONSUMER_REPRESENTATIVE" : "SEC_PARTY";
  return (await db().organisation.upsert({ where: { name }, create: { name, kind, partyCategory }, update: {}, select: { id: true } })).id;
}

/** One organisation's response, with its answers, as submitted (or in the status given). Returns its answers' ids by question. */
export async function addResponse(c: ClosedTestConsultation, spec: ResponseSpec): Promise<{ id: string; answers: Record<"agree" | "impact" | "comments", string | undefined> }> {
  const respondent = await db().user.findFirstOrThrow({ select: { id: true } });
  const organisationId = await organisationNamed(spec.organisation, spec.category);
  const status = spec.status ?? "SUBMITTED";
  const response = await db().response.create({
    data: {
      consultationId: c.id,
      organisationId,
      category: spec.category,
      respondentId: respondent.id,
      status,
      confidential: spec.confidential ?? false,
      late: spec.late ?? false,
      submittedAt: status === "DRAFT" ? null : (spec.submittedAt ?? new Date()),
    },
    select: { id: true },
  });
  const answers: Record<"agree" | "impact" | "comments", string | undefined> = { agree: undefined, impact: undefined, comments: undefined };
  for (const key of ["agree", "impact", "comments"] as const) {
    const a = spec[key];
    if (!a) continue;
    answers[key] = (
      await db().answer.create({
        data: { responseId: response.id, consultationId: c.id, questionId: c.questions[key], rationale: a.rationale ?? "", position: a.position ?? null, confidential: a.confidential ?? false, impactLevel: a.impactLevel ?? null, costBand: a.costBand ?? null, leadTimeWeeks: a.leadTimeWeeks ?? null, themes: a.themes ?? [] },
        select: { id: true },
      })
    ).id;
  }
  if (spec.requirements) {
    const r = spec.requirements;
    await db().requirementAnswer.createMany({
      data: c.requirementVersionIds.map((requirementVersionId) => ({ responseId: response.id, consultationId: c.id, questionId: c.questions.perRequirement, requirementVersionId, position: r.position, comment: r.comment ?? "", confidential: r.confidential ?? false })),
    });
  }
  return { id: response.id, answers };
}
