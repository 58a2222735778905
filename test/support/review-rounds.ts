import type { CurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import type { WindowStatus } from "@/lib/generated/prisma/enums";
import { createReviewRound } from "@/lib/reviews/create-review-round";
import type { ReviewRoundFields } from "@/lib/reviews/schemas";

let counter = 0;
const DAY = 86_400_000;

/** A round's fields, uniquely titled, with a window from tomorrow for two weeks. */
export function roundFields(overrides: Partial<ReviewRoundFields> = {}): ReviewRoundFields {
  const opensAt = new Date(Date.now() + DAY);
  return {
    committee: "TABASC",
    title: `Test round ${process.pid}-${++counter}`,
    introduction: "Please review the **MDR** requirements.",
    questions: ["Is the problem clear?", "What is missing?"],
    opensAt,
    closesAt: new Date(opensAt.getTime() + 14 * DAY),
    ...overrides,
  };
}

/** A planned round of the modification, made by the real command. */
export async function planRound(secas: CurrentUser, modificationId: string, overrides: Partial<ReviewRoundFields> = {}) {
  const { id } = await createReviewRound(db(), secas, { modificationId, fields: roundFields(overrides) });
  return id;
}

/** Puts a round straight into a status (with the times its database checks require), as a test's starting point. */
export async function putRoundInStatus(roundId: string, status: WindowStatus, { closesAt }: { closesAt?: Date } = {}) {
  const round = await db().reviewRound.findUniqueOrThrow({ where: { id: roundId }, select: { opensAt: true, closesAt: true } });
  const openedAt = status === "PLANNED" ? null : round.opensAt;
  await db().reviewRound.update({
    where: { id: roundId },
    data: { status, openedAt, closedAt: status === "CLOSED" ? (closesAt ?? round.closesAt) : null, ...(closesAt ? { closesAt } : {}) },
  });
}
