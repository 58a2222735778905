import "server-only";
import type { Db } from "@/lib/db";
import { closeIfPastWindow } from "./close-if-past-window";

/** A modification's review rounds by window, after closing those past it: two queries at most, whatever their number. */
export async function findReviewRounds(db: Db, modificationId: string, now = new Date()) {
  await closeIfPastWindow(db, { modificationId }, now);
  return db.reviewRound.findMany({
    where: { modificationId },
    orderBy: [{ opensAt: "desc" }, { id: "asc" }],
    select: { id: true, committee: true, title: true, status: true, opensAt: true, closesAt: true, openedAt: true, closedAt: true, _count: { select: { questions: true } } },
  });
}

export type ReviewRoundSummary = Awaited<ReturnType<typeof findReviewRounds>>[number];
