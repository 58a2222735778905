import "server-only";
import type { CurrentUser } from "@/lib/auth/current-user";
import { requirePermission } from "@/lib/auth/require-permission";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Db } from "@/lib/db";
import { AppError, isAppError } from "@/lib/errors";
import { formatDateTime } from "@/lib/labels";
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
    }).catch(async (error: unknown) => {
      // Its message would name the version's author from the meeting's own events, and a vote is an event on the vote.
      throw isAppError(error) && error.code === "CONFLICT" ? await votedSince(tx, meeting.id, input.expectedVersion) : error;
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

/**
 * The CONFLICT for a closing from a page that is out of date: the votes recorded after it was
 * opened (each moves the meeting's version on by one), who recorded them and when.
 */
async function votedSince(tx: Prisma.TransactionClient, meetingId: string, seenVersion: number): Promise<AppError> {
  const { version, closedAt } = await tx.changeBoardMeeting.findUniqueOrThrow({ where: { id: meetingId }, select: { version: true, closedAt: true } });
  if (closedAt) return new AppError("CONFLICT", MEETING_CLOSED);
  const votes = await tx.changeBoardVote.findMany({
    where: { meetingId },
    orderBy: [{ recordedAt: "desc" }, { id: "desc" }],
    take: Math.max(version - seenVersion, 0),
    select: { memberName: true, recordedAt: true, recordedBy: { select: { name: true } } },
  });
  const each = votes.reverse().map((v) => `${v.memberName}'s, recorded by ${v.recordedBy.name} on ${formatDateTime(v.recordedAt)}`);
  const what = each.length === 0 ? "The votes have changed since you opened the page" : `${each.length === 1 ? "A vote was" : `${each.length} votes were`} recorded after you opened the page: ${each.join("; ")}`;
  return new AppError("CONFLICT", `${what}. Nothing was closed: reload the page to see every vote, then close the meeting again.`);
}
