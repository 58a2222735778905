import "server-only";
import type { CurrentUser } from "@/lib/auth/current-user";
import { requirePermission } from "@/lib/auth/require-permission";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { reportForVote } from "./report-for-vote";
import { meetingSchema, parseFields, type MeetingFields } from "./schemas";
import { isUniqueViolation } from "@/lib/database-errors";

const DUPLICATE = "This modification already has a Change Board meeting with that reference.";

/** SECAS records a Change Board meeting on the modification's published Modification Report v1.0; votes are added while it is open. */
export async function recordChangeBoardMeeting(db: Db, actor: CurrentUser | null, input: { modificationId: string; fields: MeetingFields }): Promise<{ id: string }> {
  requirePermission(actor, "changeBoard.manage");
  const fields = parseFields(meetingSchema, input.fields);
  try {
    return await db.$transaction(async (tx) => {
      const report = await reportForVote(tx, input.modificationId, fields.reportId);
      const created = await tx.changeBoardMeeting.create({
        data: { modificationId: input.modificationId, reportId: report.id, reference: fields.reference, heldOn: fields.heldOn, createdById: actor.id },
        select: { id: true },
      });
      await recordAuditEvent(tx, {
        actorId: actor.id,
        modificationId: input.modificationId,
        action: "changeBoard.meetingRecorded",
        entityType: "ChangeBoardMeeting",
        entityId: created.id,
        after: { reference: fields.reference, heldOn: fields.heldOn.toISOString().slice(0, 10), report: report.label, version: 1 },
      });
      return created;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("CONFLICT", DUPLICATE, { reference: [DUPLICATE] });
    throw error;
  }
}
