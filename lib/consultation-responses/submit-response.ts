import "server-only";
import type { CurrentUser } from "@/lib/auth/current-user";
import { requirePermission } from "@/lib/auth/require-permission";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { closeConsultationsPastWindow } from "@/lib/consultations/close-if-past-window";
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { responseRecord, unansweredQuestions } from "./answers";
import { loadResponseContext } from "./load-response-context";
import { requireMayRespond } from "./may-respond";
import { checkResponseStep } from "./response-workflow";
import { parseExpectedVersion, type ResponseInput } from "./response-input";
import { parseResponseFields } from "./schemas";
import { storeResponse } from "./store-response";

/**
 * A party respondent submits their organisation's response with the answers in the form, before
 * the close: every question must be answered (each one missing is named). A withdrawn response
 * may be submitted again until the close.
 */
export async function submitResponse(db: Db, actor: CurrentUser | null, input: ResponseInput, now = new Date()): Promise<{ id: string; version: number }> {
  if (!actor) requirePermission(actor, "consultation.respond", { organisationId: input.organisationId, consultation: { status: "OPEN" } });
  const expectedVersion = parseExpectedVersion(input.expectedVersion);
  await closeConsultationsPastWindow(db, { modificationId: input.modificationId, consultationId: input.consultationId }, now);
  return db.$transaction(async (tx) => {
    const ctx = await loadResponseContext(tx, input);
    requireMayRespond(actor, ctx.organisation.id, ctx.consultation);
    const fields = parseResponseFields(ctx.questions, ctx.requirementVersionIds, input.fields);
    if (ctx.response && ctx.response.version === expectedVersion) checkResponseStep("submit", ctx.response.status);
    const missing = unansweredQuestions(ctx.questions, ctx.requirements, fields);
    if (missing.length) {
      throw new AppError(
        "VALIDATION",
        `Answer every question before submitting. Still to answer: ${missing.map((m) => m.text).join("; ")}. Nothing was saved: save a draft to keep your answers so far.`,
        Object.fromEntries(missing.map((m) => [`answers.${m.questionId}`, [`Answer ${m.text} before submitting`]])),
      );
    }
    const saved = await storeResponse(tx, ctx, {
      actorId: actor.id,
      expectedVersion,
      fields,
      data: { status: "SUBMITTED", submittedAt: now, withdrawnAt: null, late: false, enteredById: null },
    });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      modificationId: input.modificationId,
      action: "consultationResponse.submitted",
      entityType: "Response",
      entityId: saved.id,
      after: responseRecord(ctx, fields, saved.version),
    });
    return saved;
  });
}
