import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors";
import type { ReviewRoundFields } from "./schemas";

/** A round as its audit events record it (before and after a change). */
export function roundSnapshot(round: Omit<ReviewRoundFields, "baselineId"> & { baselineId?: string | null }) {
  return {
    committee: round.committee,
    title: round.title,
    introduction: round.introduction,
    questions: round.questions,
    opensAt: round.opensAt.toISOString(),
    closesAt: round.closesAt.toISOString(),
    baselineId: round.baselineId ?? null,
  };
}

/** The scope a form names must be a baseline of the round's own modification. */
export async function checkScopeBaseline(tx: Prisma.TransactionClient, modificationId: string, baselineId: string | undefined): Promise<void> {
  if (!baselineId) return;
  const found = await tx.baseline.findFirst({ where: { id: baselineId, modificationId }, select: { id: true } });
  if (!found) throw new AppError("VALIDATION", "Please correct the highlighted fields.", { baselineId: ["Choose a baseline of this modification"] });
}

/** A window that has already ended cannot be planned: the round would close the moment it opened. */
export function checkWindowAhead(fields: { closesAt: Date }, now: Date): void {
  if (fields.closesAt <= now) {
    throw new AppError("VALIDATION", "Please correct the highlighted fields.", { closesAt: ["The closing time has passed: choose a later one"] });
  }
}

export const DUPLICATE_TITLE = "This modification already has a review round with this title: choose another";
