import "server-only";
import type { Db } from "@/lib/db";
import { closeConsultationsPastWindow } from "./close-if-past-window";

/**
 * A modification's consultations, latest window first, after closing those past their window:
 * two queries at most, whatever their number. `publishedOnly` for readers who may see only
 * published consultations (visitors: see consultationReadFilter in the page).
 */
export async function findConsultations(db: Db, modificationId: string, { publishedOnly }: { publishedOnly: boolean }, now = new Date()) {
  await closeConsultationsPastWindow(db, { modificationId }, now);
  return db.consultation.findMany({
    where: { modificationId, ...(publishedOnly ? { status: "PUBLISHED" as const } : {}) },
    orderBy: [{ opensAt: "desc" }, { id: "asc" }],
    select: { id: true, kind: true, title: true, status: true, opensAt: true, closesAt: true, openedAt: true, closedAt: true, _count: { select: { questions: true } } },
  });
}

export type ConsultationSummary = Awaited<ReturnType<typeof findConsultations>>[number];
