import "server-only";
import type { CurrentUser } from "@/lib/auth/current-user";
import { requirePermission } from "@/lib/auth/require-permission";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { closeConsultationsPastWindow } from "@/lib/consultations/close-if-past-window";
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { formatDateTime } from "@/lib/labels";
import { previousResponse, responseRecord } from "./answers";
import { loadResponseContext } from "./load-response-context";
import { parseExpectedVersion, type ResponseInput } from "./response-input";
import { parseResponseFields } from "./schemas";
import { storeResponse } from "./store-response";

/** A clock a minute fast is not "the future". */
const CLOCK_SLACK_MS = 60_000;

/**
 * SECAS enters a response an organisation sent by email, as submitted when it was received —
 * while the consultation is open or after it closed (marked late when received after the close),
 * until it is collated. It replaces whatever the organisation's response held (version-checked),
 * records SECAS as having entered it, and need not answer every question: it is what was sent.
 */
export async function enterResponseOnBehalf(db: Db, actor: CurrentUser | null, input: ResponseInput & { receivedAt: Date }, now = new Date()): Promise<{ id: string; version: number; late: boolean }> {
  requirePermission(actor, "consultation.respondOnBehalf");
  const expectedVersion = parseExpectedVersion(input.expectedVersion);
  const receivedAt = input.receivedAt;
  if (!(receivedAt instanceof Date) || Number.isNaN(receivedAt.getTime())) {
    throw new AppError("VALIDATION", "Please correct the highlighted fields.", { receivedAt: ["Give the date and time the response was received (London time)"] });
  }
  await closeConsultationsPastWindow(db, { modificationId: input.modificationId, consultationId: input.consultationId }, now);
  return db.$transaction(async (tx) => {
    const ctx = await loadResponseContext(tx, input);
    const { consultation } = ctx;
    if (consultation.status === "PLANNED") throw new AppError("VALIDATION", "This consultation is not open yet: there is nothing to respond to.");
    if (consultation.status !== "OPEN" && consultation.status !== "CLOSED") {
      throw new AppError("VALIDATION", "This consultation's responses are already collated: a response can no longer be added.");
    }
    const opened = consultation.openedAt ?? consultation.opensAt;
    const problem =
      receivedAt.getTime() > now.getTime() + CLOCK_SLACK_MS
        ? "The date received cannot be in the future"
        : receivedAt < opened
          ? `The consultation opened on ${formatDateTime(opened)}: a response cannot have been received before`
          : null;
    if (problem) throw new AppError("VALIDATION", "Please correct the highlighted fields.", { receivedAt: [problem] });
    const fields = parseResponseFields(ctx.questions, ctx.requirementVersionIds, input.fields);
    const late = receivedAt > consultation.closesAt;
    const saved = await storeResponse(tx, ctx, {
      actorId: actor.id,
      expectedVersion,
      fields,
      data: { status: "SUBMITTED", submittedAt: receivedAt, withdrawnAt: null, late, enteredById: actor.id },
    });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      modificationId: input.modificationId,
      action: "consultationResponse.enteredOnBehalf",
      entityType: "Response",
      entityId: saved.id,
      ...previousResponse(ctx),
      after: { ...responseRecord(ctx, fields, saved.version), status: "SUBMITTED", receivedAt: receivedAt.toISOString(), late },
    });
    return { ...saved, late };
  });
}
