import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Position, ResponseStatus } from "@/lib/generated/prisma/enums";
import { COST_BAND_LABELS, IMPACT_LEVEL_LABELS } from "@/lib/labels";
import type { ParsedAnswer, QuestionRef, ResponseFields } from "./schemas";

export type BaselineRequirement = { requirementVersionId: string; ref: string };

const hasContent = (a: ParsedAnswer | undefined): a is ParsedAnswer =>
  a !== undefined && (a.position !== undefined || a.rationale !== "" || a.confidential || a.costBand !== undefined || a.leadTimeWeeks !== undefined || a.impactLevel !== undefined);

/**
 * Makes the response's stored answers what the form holds: an answer per question with anything
 * in it (updated in place, so SECAS's themes survive), none for a question left empty, and the
 * per-requirement positions as given. The database refuses an answer to another consultation's
 * question and a requirement outside its baseline, beneath the schema's own checks.
 */
export async function writeAnswers(tx: Prisma.TransactionClient, response: { id: string; consultationId: string }, questions: QuestionRef[], fields: ResponseFields) {
  const kept = questions.filter((q) => hasContent(fields.answers[q.id]));
  await tx.answer.deleteMany({ where: { responseId: response.id, questionId: { notIn: kept.map((q) => q.id) } } });
  for (const q of kept) {
    const a = fields.answers[q.id]!;
    const data = {
      position: a.position ?? null,
      rationale: a.rationale,
      confidential: a.confidential,
      costBand: a.costBand ?? null,
      leadTimeWeeks: a.leadTimeWeeks ?? null,
      impactLevel: a.impactLevel ?? null,
    };
    await tx.answer.upsert({
      where: { responseId_questionId: { responseId: response.id, questionId: q.id } },
      create: { responseId: response.id, questionId: q.id, consultationId: response.consultationId, ...data },
      update: data,
    });
  }
  await tx.requirementAnswer.deleteMany({ where: { responseId: response.id } });
  const rows = questions
    .filter((q) => q.kind === "PER_REQUIREMENT")
    .flatMap((q) =>
      Object.entries(fields.answers[q.id]?.requirements ?? {}).flatMap(([requirementVersionId, r]) =>
        r.position ? [{ responseId: response.id, questionId: q.id, consultationId: response.consultationId, requirementVersionId, position: r.position, comment: r.comment, confidential: r.confidential }] : [],
      ),
    );
  if (rows.length) await tx.requirementAnswer.createMany({ data: rows });
}

/** The questions not fully answered, as "question 2" or "question 4 (BR-03, BR-07)": what submitting needs first. */
export function unansweredQuestions(questions: QuestionRef[], requirements: BaselineRequirement[], fields: ResponseFields): { questionId: string; text: string }[] {
  return questions.flatMap((q) => {
    const a = fields.answers[q.id];
    const named = `question ${q.number}`;
    switch (q.kind) {
      case "AGREE_DISAGREE":
      case "YES_NO":
        return a?.position ? [] : [{ questionId: q.id, text: named }];
      case "FREE_TEXT":
        return a?.rationale ? [] : [{ questionId: q.id, text: named }];
      case "PARTY_IMPACT":
        return a?.costBand && a.leadTimeWeeks !== undefined && a.impactLevel ? [] : [{ questionId: q.id, text: `${named} (cost band, lead time and impact level)` }];
      case "PER_REQUIREMENT": {
        const missing = requirements.filter((r) => !a?.requirements[r.requirementVersionId]?.position).map((r) => r.ref);
        return missing.length ? [{ questionId: q.id, text: `${named} (${missing.join(", ")})` }] : [];
      }
    }
  });
}

/** Confidential in whole or in part: its audit events are then shown only to those who may read confidential responses. */
export function anyConfidential(fields: ResponseFields): boolean {
  return fields.confidential || Object.values(fields.answers).some((a) => a.confidential || Object.values(a.requirements).some((r) => r.confidential));
}

/** The answers as an audit event holds them: one line per answer, and per requirement answered. */
export function answersForAudit(questions: QuestionRef[], requirements: BaselineRequirement[], fields: ResponseFields): { question: number; position: Position | null; rationale: string }[] {
  const refOf = new Map(requirements.map((r) => [r.requirementVersionId, r.ref]));
  return questions.flatMap((q) => {
    const a = fields.answers[q.id];
    if (!a) return [];
    const lines = [];
    if (q.kind === "PARTY_IMPACT") {
      const figures = [
        a.costBand && `cost ${COST_BAND_LABELS[a.costBand]}`,
        a.leadTimeWeeks !== undefined && `lead time ${a.leadTimeWeeks} weeks`,
        a.impactLevel && `impact ${IMPACT_LEVEL_LABELS[a.impactLevel]}`,
      ].filter(Boolean);
      if (figures.length || a.rationale) lines.push({ question: q.number, position: null, rationale: [figures.join(", "), a.rationale].filter(Boolean).join(". ") });
    } else if (hasContent(a)) {
      lines.push({ question: q.number, position: a.position ?? null, rationale: a.rationale });
    }
    for (const [id, r] of Object.entries(a.requirements)) {
      if (r.position) lines.push({ question: q.number, position: r.position, rationale: `${refOf.get(id) ?? id}${r.comment ? ` — ${r.comment}` : ""}` });
    }
    return lines;
  });
}

type Recorded = { consultation: { title: string }; organisation: { name: string }; questions: QuestionRef[]; requirements: BaselineRequirement[] };

/** A response as its audit events hold it once saved: whose it is, whether confidential, its version and answers. */
export function responseRecord(ctx: Recorded, fields: ResponseFields, version: number) {
  return { consultation: ctx.consultation.title, organisation: ctx.organisation.name, confidential: anyConfidential(fields), version, answers: answersForAudit(ctx.questions, ctx.requirements, fields) };
}

/** The response before a save, as its audit event holds it; nothing when the save creates it. */
export function previousResponse(ctx: Omit<Recorded, "questions" | "requirements"> & { response: { status: ResponseStatus; confidential: boolean; version: number } | null }) {
  if (!ctx.response) return {};
  const { status, confidential, version } = ctx.response;
  return { before: { consultation: ctx.consultation.title, organisation: ctx.organisation.name, status, confidential, version } };
}
