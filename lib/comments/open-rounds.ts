import "server-only";
import type { CurrentUser } from "@/lib/auth/current-user";
import { principalOf } from "@/lib/auth/authorize";
import { can } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db";
import type { Committee, WindowStatus } from "@/lib/generated/prisma/enums";
import { COMMITTEE_LABELS } from "@/lib/labels";
import { closeIfPastWindow } from "@/lib/reviews/close-if-past-window";

export type OpenRound = { id: string; title: string; committee: Committee; status: WindowStatus; closesAt: Date };

/** The modification's open rounds, earliest window first: what roundsToCommentIn chooses from (pages read them through lib/cache). */
export function findOpenRounds(db: Db, modificationId: string): Promise<OpenRound[]> {
  return db.reviewRound.findMany({ where: { modificationId, status: "OPEN" }, select: { id: true, title: true, committee: true, status: true, closesAt: true }, orderBy: { opensAt: "asc" } });
}

/**
 * Of the modification's open rounds, those this user may comment in now, as choices for the
 * comment form. A round past its window is left out, and closed here by its first reader (there
 * is no scheduler): only then is there a query.
 */
export async function roundsToCommentIn(db: Db, modificationId: string, open: OpenRound[], user: CurrentUser | null, now = new Date()) {
  if (open.some((round) => round.closesAt <= now)) await closeIfPastWindow(db, { modificationId }, now);
  return open
    .filter((round) => round.closesAt > now && can(principalOf(user), "comment.create", { round }))
    .map((r) => ({ value: r.id, label: `${COMMITTEE_LABELS[r.committee]}: ${r.title}` }));
}
