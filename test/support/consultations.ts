import { db } from "@/lib/db";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { ConsultationStatus, QuestionKind } from "@/lib/generated/prisma/enums";

const DAY = 86_400_000;
let counter = 0;

/** One question of each kind, numbered in this order. */
export const QUESTION_KINDS: QuestionKind[] = ["AGREE_DISAGREE", "YES_NO", "FREE_TEXT", "PER_REQUIREMENT", "PARTY_IMPACT"];

/**
 * A consultation of the modification, straight into the database (the setup commands are another
 * area's): its baseline freezes the current version of the modification's requirements (the first
 * `requirements` of them by number, all by default), one question of each kind, open from a day
 * ago for two weeks unless told otherwise. Returns its id, its questions by kind and its baseline.
 */
export async function createConsultation(
  modificationId: string,
  { status = "OPEN", requirements, opensAt = new Date(Date.now() - DAY), closesAt = new Date(Date.now() + 14 * DAY) }: { status?: ConsultationStatus; requirements?: number; opensAt?: Date; closesAt?: Date } = {},
  /** The e2e specs pass a client of their own (e2e/support/e2e-database.ts). */
  client: PrismaClient = db(),
) {
  const author = await client.user.findFirstOrThrow({ select: { id: true } });
  const current = await client.requirement.findMany({ where: { modificationId }, orderBy: { number: "asc" }, take: requirements, select: { id: true, ref: true, version: true } });
  const versions = await client.requirementVersion.findMany({
    where: { OR: current.map((r) => ({ requirementId: r.id, version: r.version })) },
    select: { id: true, requirement: { select: { ref: true, number: true } } },
  });
  const name = `Test consultation ${process.pid}-${Date.now()}-${++counter}`;
  const baseline = await client.baseline.create({
    data: { modificationId, name, createdById: author.id, entries: { create: versions.map((v) => ({ requirementVersionId: v.id })) } },
    select: { id: true },
  });
  const consultation = await client.consultation.create({
    data: {
      modificationId,
      kind: "REFINEMENT",
      title: name,
      introduction: "Illustrative test consultation.",
      status,
      opensAt,
      closesAt,
      openedAt: status === "PLANNED" ? null : opensAt,
      closedAt: status === "PLANNED" || status === "OPEN" ? null : closesAt,
      baselineId: baseline.id,
      createdById: author.id,
      questions: { create: QUESTION_KINDS.map((kind, i) => ({ number: i + 1, kind, text: `Question ${i + 1} (${kind})` })) },
    },
    select: { id: true, title: true, questions: { orderBy: { number: "asc" }, select: { id: true, kind: true, number: true } } },
  });
  const q = Object.fromEntries(consultation.questions.map((question) => [question.kind, question.id])) as Record<QuestionKind, string>;
  const requirementVersions = versions
    .sort((a, b) => a.requirement.number - b.requirement.number)
    .map((v) => ({ requirementVersionId: v.id, ref: v.requirement.ref }));
  return { id: consultation.id, title: consultation.title, q, baselineId: baseline.id, requirementVersions };
}
export type TestConsultation = Awaited<ReturnType<typeof createConsultation>>;

/** Answers to every question of a test consultation, as the commands take them (every requirement supported). */
export function completeAnswers(c: TestConsultation, overrides: { confidential?: boolean; rationale?: string } = {}) {
  return {
    confidential: overrides.confidential ?? false,
    answers: {
      [c.q.AGREE_DISAGREE]: { position: "AGREE", rationale: overrides.rationale ?? "We agree: the MDR role is needed." },
      [c.q.YES_NO]: { position: "NO", rationale: "No further comments." },
      [c.q.FREE_TEXT]: { rationale: "Go live in 2027 suits us." },
      [c.q.PER_REQUIREMENT]: {
        requirements: Object.fromEntries(c.requirementVersions.map((r) => [r.requirementVersionId, { position: "SUPPORT", comment: "" }])),
      },
      [c.q.PARTY_IMPACT]: { costBand: "FROM_10K_TO_100K", leadTimeWeeks: "26", impactLevel: "MEDIUM", rationale: "Changes to our MDR interfaces." },
    },
  };
}
