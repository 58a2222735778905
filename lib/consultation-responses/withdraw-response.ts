import "server-only";
import type { CurrentUser } from "@/lib/auth/current-user";
import { requirePermission } from "@/lib/auth/require-permission";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { closeConsultationsPastWindow } from "@/lib/consultations/close-if-past-window";
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { updateAtVersion } from "@/lib/versioning/update-at-version";
import { loadResponseContext } from "./load-response-context";
import { requireMayRespond } from "./may-respond";
import { checkResponseStep } from "./response-workflow";
import { parseExpectedVersion } from "./response-input";
import { responseName } from "./store-response";

/** A party respondent withdraws their organisation's submitted response, until the close; its answers stay, to change and submit again. */
export async function withdrawResponse(
  db: Db,
  actor: CurrentUser | null,
  input: { modificationId: string; consultationId: string; organisationId: string; expectedVersion: number | string | null },
  now = new Date(),
): Promise<{ id: string; version: number }> {
  if (!actor) requirePermission(actor, "consultation.respond", { organisationId: input.organisationId, consultation: { status: "OPEN" } });
  const expectedVersion = parseExpectedVersion(input.expectedVersion);
  await closeConsultationsPastWindow(db, { modificationId: input.modificationId, consultationId: input.consultationId }, now);
  return db.$transaction(async (tx) => {
    const ctx = await loadResponseContext(tx, input);
    requireMayRespond(actor, ctx.organisation.id, ctx.consultation);
    const response = ctx.response;
    if (!response || expectedVersion === null) throw new AppError("VALIDATION", "Your organisation has no submitted response to withdraw.");
    if (response.version === expectedVersion) checkResponseStep("withdraw", response.status);
    const { version } = await updateAtVersion(tx, "Response", {
      id: response.id,
      expectedVersion,
      data: { status: "WITHDRAWN", withdrawnAt: now, respondentId: actor.id },
      what: responseName(ctx.organisation),
    });
    const confidentialAnswers =
      (await tx.answer.count({ where: { responseId: response.id, confidential: true } })) + (await tx.requirementAnswer.count({ where: { responseId: response.id, confidential: true } }));
    const state = { consultation: ctx.consultation.title, organisation: ctx.organisation.name, confidential: response.confidential || confidentialAnswers > 0 };
    await recordAuditEvent(tx, {
      actorId: actor.id,
      modificationId: input.modificationId,
      action: "consultationResponse.withdrawn",
      entityType: "Response",
      entityId: response.id,
      before: { ...state, status: response.status, version: response.version },
      after: { ...state, status: "WITHDRAWN", version, withdrawnAt: now.toISOString() },
    });
    return { id: response.id, version };
  });
}
