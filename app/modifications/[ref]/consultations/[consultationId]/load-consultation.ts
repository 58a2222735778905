import { getConsultation } from "@/lib/consultations/get-consultation";
import { db } from "@/lib/db";
import { orNotFound } from "@/app/or-not-found";

/** The consultation an address names, or the 404 page (also for a consultation of another modification). */
export async function loadConsultation(modificationId: string, consultationId: string, now: Date) {
  return orNotFound(getConsultation(db(), modificationId, consultationId, now));
}
