import type { DbOrTx } from "@/lib/db";
import type { CommentDisposition } from "@/lib/generated/prisma/enums";
import { COMMITTEE_LABELS } from "@/lib/labels";
import type { ReviewRow } from "./types";

const DISPOSITIONS: Record<CommentDisposition, string> = { ACCEPTED: "accepted", ACCEPTED_IN_PART: "accepted in part", REJECTED: "rejected", NOTED: "noted" };

/**
 * The review rounds opened by `asOf`, by committee, with their threads counted by status and
 * disposition (counts only: a report never quotes reviewers). Two queries, however many rounds.
 */
export async function readReviewsSection(db: DbOrTx, modificationId: string, asOf: Date): Promise<ReviewRow[]> {
  const rounds = await db.reviewRound.findMany({
    where: { modificationId, status: { not: "PLANNED" }, opensAt: { lte: asOf } },
    orderBy: { opensAt: "asc" },
    select: { id: true, committee: true, title: true },
  });
  const threads = await db.comment.groupBy({
    by: ["reviewRoundId", "status", "disposition"],
    where: { reviewRoundId: { in: rounds.map((r) => r.id) }, parentId: null, withdrawnAt: null, createdAt: { lte: asOf } },
    _count: { _all: true },
  });
  const rows = new Map<string, ReviewRow & { counted: Map<string, number> }>();
  const committeeOf = new Map(rounds.map((r) => [r.id, r.committee]));
  for (const round of rounds) {
    const committee = COMMITTEE_LABELS[round.committee];
    const row = rows.get(committee) ?? { committee, rounds: [] as string[], threads: 0, open: 0, responded: 0, resolved: 0, dispositions: "", counted: new Map() };
    row.rounds.push(round.title);
    rows.set(committee, row);
  }
  for (const t of threads) {
    const row = rows.get(COMMITTEE_LABELS[committeeOf.get(t.reviewRoundId!)!])!;
    const n = t._count._all;
    row.threads += n;
    if (t.status === "OPEN") row.open += n;
    else if (t.status === "RESPONDED") row.responded += n;
    else row.resolved += n;
    if (t.disposition) row.counted.set(DISPOSITIONS[t.disposition], (row.counted.get(DISPOSITIONS[t.disposition]) ?? 0) + n);
  }
  return [...rows.values()].map(({ counted, ...row }) => ({
    ...row,
    dispositions: Object.values(DISPOSITIONS)
      .filter((d) => counted.has(d))
      .map((d) => `${counted.get(d)} ${d}`)
      .join(", ") || "none",
  }));
}
