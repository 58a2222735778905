import "server-only";
import type { CurrentUser } from "@/lib/auth/current-user";
import { requirePermission } from "@/lib/auth/require-permission";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { closeConsultationsPastWindow } from "@/lib/consultations/close-if-past-window";
import type { Db } from "@/lib/db";
import { previousResponse, responseRecord } from "./answers";
import { loadResponseContext } from "./load-response-context";
import { requireMayRespond } from "./may-respond";
import { checkResponseStep } from "./response-workflow";
import { parseExpectedVersion, type ResponseInput } from "./response-input";
import { parseResponseFields } from "./schemas";
import { storeResponse } from "./store-response";

/**
 * A party respondent saves their organisation's response as a draft, while the consultation is
 * open: answers may be partial. The first save creates the response, which the organisation's
 * colleagues then share; every later save names the version it started from (no lost update).
 */
export async function saveResponseDraft(db: Db, actor: CurrentUser | null, input: ResponseInput, now = new Date()): Promise<{ id: string; version: number }> {
  if (!actor) requirePermission(actor, "consultation.respond", { organisationId: input.organisationId, consultation: { status: "OPEN" } });
  const expectedVersion = parseExpectedVersion(input.expectedVersion);
  await closeConsultationsPastWindow(db, { modificationId: input.modificationId, consultationId: input.consultationId }, now);
  return db.$transaction(async (tx) => {
    const ctx = await loadResponseContext(tx, input);
    requireMayRespond(actor, ctx.organisation.id, ctx.consultation);
    const fields = parseResponseFields(ctx.questions, ctx.requirementVersionIds, input.fields);
    if (ctx.response && ctx.response.version === expectedVersion) checkResponseStep("save", ctx.response.status);
    const saved = await storeResponse(tx, ctx, {
      actorId: actor.id,
      expectedVersion,
      fields,
      data: { status: "DRAFT", submittedAt: null, withdrawnAt: null, late: false, enteredById: null },
    });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      modificationId: input.modificationId,
      action: "consultationResponse.saved",
      entityType: "Response",
      entityId: saved.id,
      ...previousResponse(ctx),
      after: { ...responseRecord(ctx, fields, saved.version), status: "DRAFT" },
    });
    return saved;
  });
}
