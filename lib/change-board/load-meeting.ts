import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors";

/** A meeting of this modification (WHERE id AND modificationId), for a command: its state and votes' groups. */
export async function loadMeetingForUpdate(tx: Prisma.TransactionClient, modificationId: string, meetingId: string) {
  const meeting = await tx.changeBoardMeeting.findFirst({
    where: { id: meetingId, modificationId },
    select: { id: true, reference: true, closedAt: true, recommendation: true, version: true, votes: { select: { votingGroup: true, vote: true } } },
  });
  if (!meeting) throw new AppError("NOT_FOUND", "That Change Board meeting does not exist.");
  return meeting;
}
