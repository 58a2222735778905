import "server-only";
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { CommentStatus } from "@/lib/generated/prisma/enums";
import { isLookupKey } from "@/lib/validation/text";
import { closeIfPastWindow } from "./close-if-past-window";

/**
 * Everything the round page shows, after closing the round if its window has passed: the round and
 * its questions, the answers to them, the requirements in its scope (the baseline's versions) with
 * how many threads each has in this round, and the progress of its threads. A fixed number of
 * queries however many requirements or comments there are. NOT_FOUND for a round of another
 * modification.
 */
export async function getReviewRound(db: Db, modificationId: string, roundId: string, now = new Date()) {
  if (!isLookupKey(roundId, 64)) throw notFound();
  await closeIfPastWindow(db, { modificationId, roundId }, now);
  const round = await db.reviewRound.findFirst({
    where: { id: roundId, modificationId },
    select: {
      id: true,
      committee: true,
      title: true,
      introduction: true,
      status: true,
      opensAt: true,
      closesAt: true,
      openedAt: true,
      closedAt: true,
      version: true,
      baseline: { select: { id: true, name: true } },
      createdBy: { select: { name: true } },
      questions: { orderBy: { number: "asc" }, select: { id: true, number: true, text: true } },
    },
  });
  if (!round) throw notFound();
  const threads = { reviewRoundId: round.id, parentId: null };
  const [answers, scope, perRequirement, perStatus] = await Promise.all([
    db.comment.findMany({
      where: { ...threads, questionId: { not: null } },
      orderBy: { number: "asc" },
      select: { id: true, number: true, questionId: true, body: true, withdrawnAt: true, createdAt: true, author: { select: { name: true } }, authorOrganisation: { select: { name: true } } },
    }),
    round.baseline
      ? db.baselineEntry.findMany({
          where: { baselineId: round.baseline.id },
          select: { requirementVersion: { select: { version: true, title: true, requirement: { select: { id: true, ref: true, number: true } } } } },
        })
      : Promise.resolve([]),
    db.comment.groupBy({ by: ["requirementId"], where: { ...threads, requirementId: { not: null } }, _count: { _all: true } }),
    db.comment.groupBy({ by: ["status"], where: { ...threads, withdrawnAt: null }, _count: { _all: true } }),
  ]);
  const counts = new Map(perRequirement.map((g) => [g.requirementId, g._count._all]));
  const progress: Record<CommentStatus, number> = { OPEN: 0, RESPONDED: 0, RESOLVED: 0 };
  for (const g of perStatus) progress[g.status] = g._count._all;
  return {
    ...round,
    answers,
    requirements: scope
      .map(({ requirementVersion: v }) => ({ ...v.requirement, version: v.version, title: v.title, threads: counts.get(v.requirement.id) ?? 0 }))
      .sort((a, b) => a.number - b.number),
    progress,
  };
}

function notFound() {
  return new AppError("NOT_FOUND", "There is no such review round.");
}

export type ReviewRoundPage = Awaited<ReturnType<typeof getReviewRound>>;
