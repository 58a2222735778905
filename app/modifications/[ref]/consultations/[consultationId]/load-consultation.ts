import { notFound } from "next/navigation";
import { getConsultation } from "@/lib/consultations/get-consultation";
import { db } from "@/lib/db";
import { isAppError } from "@/lib/errors";

/** The consultation an address names, or the 404 page (also for a consultation of another modification). */
export async function loadConsultation(modificationId: string, consultationId: string, now: Date) {
  return getConsultation(db(), modificationId, consultationId, now).catch((error) => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
}
