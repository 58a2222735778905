import { db } from "@/lib/db";
import { getReviewRound } from "@/lib/reviews/get-review-round";
import { orNotFound } from "@/app/or-not-found";

/** The round an address names, or the 404 page (also for a round of another modification). */
export async function loadRound(modificationId: string, roundId: string, now: Date) {
  return orNotFound(getReviewRound(db(), modificationId, roundId, now));
}
