import "server-only";
import type { CurrentUser } from "@/lib/auth/current-user";
import { requirePermission } from "@/lib/auth/require-permission";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { loadMeetingForUpdate } from "./load-meeting";
import { parseFields, voteSchema, type VoteFields } from "./schemas";
import { isUniqueViolation } from "@/lib/database-errors";

export const MEETING_CLOSED = "This meeting is closed: its votes can no longer change.";
const SAME_MEMBER = "This member's vote is already recorded at this meeting.";

/**
 * SECAS records a member present at an open meeting, their Party Category voting group, their vote
 * and its rationale. Append-only: a vote is never edited, and none is added once the meeting closes.
 */
export async function recordChangeBoardVote(db: Db, actor: CurrentUser | null, input: { modificationId: string; meetingId: string; fields: VoteFields }): Promise<{ id: string }> {
  requirePermission(actor, "changeBoard.manage");
  const fields = parseFields(voteSchema, input.fields);
  try {
    return await db.$transaction(async (tx) => {
      // The row lock keeps a vote from slipping in beside a concurrent closing.
      await tx.$queryRaw`SELECT 1 FROM "ChangeBoardMeeting" WHERE id = ${input.meetingId} FOR UPDATE`;
      const meeting = await loadMeetingForUpdate(tx, input.modificationId, input.meetingId);
      if (meeting.closedAt) throw new AppError("CONFLICT", MEETING_CLOSED);
      // A new vote moves the meeting's version on, so a closing that counted fewer votes is refused.
      await tx.changeBoardMeeting.update({ where: { id: meeting.id }, data: { version: { increment: 1 } } });
      const created = await tx.changeBoardVote.create({ data: { meetingId: meeting.id, ...fields, recordedById: actor.id }, select: { id: true } });
      await recordAuditEvent(tx, {
        actorId: actor.id,
        modificationId: input.modificationId,
        action: "changeBoard.voteRecorded",
        entityType: "ChangeBoardVote",
        entityId: created.id,
        after: { meeting: meeting.reference, ...fields },
      });
      return created;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("CONFLICT", SAME_MEMBER, { memberName: [SAME_MEMBER] });
    throw error;
  }
}
