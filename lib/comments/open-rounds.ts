import "server-only";
import type { CurrentUser } from "@/lib/auth/current-user";
import { principalOf } from "@/lib/auth/authorize";
import { can } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db";
import { COMMITTEE_LABELS } from "@/lib/labels";
import { closeIfPastWindow } from "@/lib/reviews/close-if-past-window";

/** The open rounds of the modification this user may comment in (closing those past their window first), as choices for the comment form. */
export async function roundsToCommentIn(db: Db, modificationId: string, user: CurrentUser | null, now = new Date()) {
  await closeIfPastWindow(db, { modificationId }, now);
  const open = await db.reviewRound.findMany({ where: { modificationId, status: "OPEN" }, select: { id: true, title: true, committee: true, status: true }, orderBy: { opensAt: "asc" } });
  return open.filter((round) => can(principalOf(user), "comment.create", { round })).map((r) => ({ value: r.id, label: `${COMMITTEE_LABELS[r.committee]}: ${r.title}` }));
}
