import { notFound } from "next/navigation";
import { db } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { getReviewRound } from "@/lib/reviews/get-review-round";

/** The round an address names, or the 404 page (also for a round of another modification). */
export async function loadRound(modificationId: string, roundId: string, now: Date) {
  return getReviewRound(db(), modificationId, roundId, now).catch((error) => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
}
