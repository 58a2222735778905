import "server-only";
import type { CurrentUser } from "@/lib/auth/current-user";
import { requirePermission } from "@/lib/auth/require-permission";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { closeConsultationsPastWindow } from "@/lib/consultations/close-if-past-window";
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { updateAtVersion } from "@/lib/versioning/update-at-version";
import { lockConsultation, requireCollating } from "./load-for-collation";
import { parseOrRefuse, summarySchema } from "./schemas";

type Input = { modificationId: string; consultationId: string; questionId: string; expectedVersion: number; summary: string };

/** SECAS writes (or rewrites) its summary of the answers to one question, from the version it read; published with the collation. */
export async function writeQuestionSummary(db: Db, actor: CurrentUser | null, input: Input): Promise<{ version: number }> {
  requirePermission(actor, "consultation.collate");
  const summary = parseOrRefuse(summarySchema, input.summary);
  await closeConsultationsPastWindow(db, { modificationId: input.modificationId, consultationId: input.consultationId });
  return db.$transaction(async (tx) => {
    const consultation = await lockConsultation(tx, input.modificationId, input.consultationId);
    requireCollating(consultation.status);
    const question = await tx.question.findFirst({ where: { id: input.questionId, consultationId: consultation.id }, select: { number: true, summary: true, version: true } });
    if (!question) throw new AppError("NOT_FOUND", "That question does not exist.");
    const { version } = await updateAtVersion(tx, "Question", {
      id: input.questionId,
      expectedVersion: input.expectedVersion,
      data: { summary },
      what: `the summary of question ${question.number}`,
    });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      modificationId: input.modificationId,
      action: "collation.summaryWritten",
      entityType: "Question",
      entityId: input.questionId,
      before: { summary: question.summary, version: question.version },
      after: { question: question.number, summary, version },
    });
    return { version };
  });
}
