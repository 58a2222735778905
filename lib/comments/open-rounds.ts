import "server-only";
import type { CurrentUser } from "@/lib/auth/current-user";
import { principalOf } from "@/lib/auth/authorize";
import { can } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db";
import { COMMITTEE_LABELS } from "@/lib/labels";
import { closeIfPastWindow } from "@/lib/reviews/close-if-past-window";

/**
 * The open rounds of the modification this user may comment in, as choices for the comment form.
 * One query: a round still open past its window (there is no scheduler) is closed here, by its
 * first reader, and left out — only then is there more to do.
 */
export async function roundsToCommentIn(db: Db, modificationId: string, user: CurrentUser | null, now = new Date()) {
  const open = await db.reviewRound.findMany({ where: { modificationId, status: "OPEN" }, select: { id: true, title: true, committee: true, status: true, closesAt: true }, orderBy: { opensAt: "asc" } });
  if (open.some((round) => round.closesAt <= now)) await closeIfPastWindow(db, { modificationId }, now);
  return open
    .filter((round) => round.closesAt > now && can(principalOf(user), "comment.create", { round }))
    .map((r) => ({ value: r.id, label: `${COMMITTEE_LABELS[r.committee]}: ${r.title}` }));
}
