import "server-only";
import type { CurrentUser } from "@/lib/auth/current-user";
import { requirePermission } from "@/lib/auth/require-permission";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { updateAtVersion } from "@/lib/versioning/update-at-version";
import { CHANGE_BOARD_RULE, countVotes } from "./counting-rule";
import { loadMeetingForUpdate } from "./load-meeting";
import { MEETING_CLOSED } from "./record-change-board-vote";

/** SECAS closes the meeting: the recommendation is computed by the counting rule and stored with the rule and tally used. */
export async function closeChangeBoardMeeting(
  db: Db,
  actor: CurrentUser | null,
  input: { modificationId: string; meetingId: string; expectedVersion: number },
  now = new Date(),
): Promise<{ recommendation: string }> {
  requirePermission(actor, "changeBoard.manage");
  return db.$transaction(async (tx) => {
    const meeting = await loadMeetingForUpdate(tx, input.modificationId, input.meetingId);
    if (meeting.closedAt) throw new AppError("CONFLICT", MEETING_CLOSED);
    if (meeting.votes.length === 0) throw new AppError("VALIDATION", "Record the votes of the members present before closing the meeting.");
    const tally = countVotes(meeting.votes, CHANGE_BOARD_RULE);
    // The version check: the votes counted are the votes the closer saw (a vote added since moves the version on).
    await updateAtVersion(tx, "ChangeBoardMeeting", {
      id: meeting.id,
      expectedVersion: input.expectedVersion,
      data: { closedAt: now, recommendation: tally.recommendation, tally: tally as unknown as Prisma.InputJsonValue },
      what: `Meeting ${meeting.reference}`,
      // A vote moves the version on without an event on the meeting, so the message cannot name who: it says what.
      nextStep: "a vote was recorded since you opened the page. Reload it to see the votes, then close the meeting again.",
    });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      modificationId: input.modificationId,
      action: "changeBoard.meetingClosed",
      entityType: "ChangeBoardMeeting",
      entityId: meeting.id,
      before: { version: input.expectedVersion },
      after: { recommendation: tally.recommendation, closedAt: now.toISOString(), votes: meeting.votes.length, version: input.expectedVersion + 1 },
    });
    return { recommendation: tally.recommendation };
  });
}
