import "server-only";
import type { DbOrTx } from "@/lib/db";
import type { Tally } from "./counting-rule";

/**
 * The Change Board record of a modification: its meetings (newest first) with each member's vote,
 * the report voted on, the recommendation, and the decision. Two queries however many meetings and
 * votes. Open meetings (being recorded) only when `includeOpen` (SECAS).
 */
export async function findChangeBoard(db: DbOrTx, modificationId: string, { includeOpen }: { includeOpen: boolean }) {
  const [meetings, decision] = await Promise.all([
    db.changeBoardMeeting.findMany({
      where: { modificationId, ...(includeOpen ? {} : { closedAt: { not: null } }) },
      orderBy: [{ heldOn: "desc" }, { createdAt: "desc" }],
      select: {
        id: true,
        reference: true,
        heldOn: true,
        closedAt: true,
        recommendation: true,
        tally: true,
        version: true,
        report: { select: { id: true, number: true } },
        votes: { orderBy: [{ votingGroup: "asc" }, { memberName: "asc" }], select: { id: true, memberName: true, organisation: true, votingGroup: true, vote: true, rationale: true } },
      },
    }),
    db.modificationDecision.findUnique({
      where: { modificationId },
      select: { decidedBy: true, outcome: true, decidedOn: true, reference: true, implementationRelease: true, meetingId: true },
    }),
  ]);
  return { meetings: meetings.map((m) => ({ ...m, tally: m.tally as Tally | null })), decision };
}

export type ChangeBoardRecord = Awaited<ReturnType<typeof findChangeBoard>>;
export type ChangeBoardMeetingRecord = ChangeBoardRecord["meetings"][number];
