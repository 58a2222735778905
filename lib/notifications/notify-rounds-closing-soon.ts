import type { Db } from "@/lib/db";
import { londonDateAndTime } from "@/lib/dates/london";
import { addWorkingDays } from "@/lib/dates/working-days";
import { COMMITTEE_LABELS, formatDateTime } from "@/lib/labels";
import { modificationPath } from "@/lib/modifications/refs";
import { findCommitteeMembers } from "./find-committee-members";
import { notify } from "./notify";

/** Two working days can span at most a week (a weekend and Christmas bank holidays). */
const A_WEEK = 7 * 86_400_000;

/**
 * Tells the members of each open round's committee when it closes within 2 working days (its
 * London closing date is no later than two working days from today). Run by the notification
 * loop; idempotent: the dedupeKey names the round, so each member is told once.
 */
export async function notifyRoundsClosingSoon(db: Db, now = new Date()): Promise<number> {
  const lastDate = addWorkingDays(londonDateAndTime(now).date, 2);
  const rounds = await db.reviewRound.findMany({
    where: { status: "OPEN", closesAt: { gt: now, lt: new Date(now.getTime() + A_WEEK) } },
    select: { id: true, title: true, committee: true, closesAt: true, modificationId: true, modification: { select: { draftRef: true } } },
  });
  let notified = 0;
  for (const round of rounds.filter((r) => londonDateAndTime(r.closesAt).date <= lastDate)) {
    const result = await db.$transaction(async (tx) =>
      notify(tx, {
        userIds: await findCommitteeMembers(tx, round.committee),
        actorId: null,
        kind: "ROUND_CLOSING_SOON",
        modificationId: round.modificationId,
        link: modificationPath(round.modification, "reviews", round.id),
        text: `${round.modification.draftRef}: the ${COMMITTEE_LABELS[round.committee]} review round "${round.title}" closes on ${formatDateTime(round.closesAt)}`,
        dedupeKey: `round-closing-soon:${round.id}`,
      }),
    );
    notified += result.notified;
  }
  return notified;
}
