import "server-only";
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { isLookupKey } from "@/lib/validation/text";
import { closeConsultationsPastWindow } from "./close-if-past-window";

/**
 * A consultation of the modification, after closing it if its window has passed: its window and
 * status, its numbered questions, and the requirements its baseline froze (what PER_REQUIREMENT
 * questions ask about, in reference order). No responses: those are read through the response
 * and collation modules, which apply confidentiality. Three queries however long it is. NOT_FOUND
 * for a consultation of another modification.
 */
export async function getConsultation(db: Db, modificationId: string, consultationId: string, now = new Date()) {
  if (!isLookupKey(consultationId, 64)) throw notFound();
  await closeConsultationsPastWindow(db, { modificationId, consultationId }, now);
  const consultation = await db.consultation.findFirst({
    where: { id: consultationId, modificationId },
    select: {
      id: true,
      modificationId: true,
      kind: true,
      title: true,
      introduction: true,
      status: true,
      opensAt: true,
      closesAt: true,
      openedAt: true,
      closedAt: true,
      collatedAt: true,
      publishedAt: true,
      version: true,
      baseline: { select: { id: true, name: true } },
      reportId: true,
      questions: { orderBy: { number: "asc" }, select: { id: true, number: true, text: true, kind: true, summary: true, version: true } },
    },
  });
  if (!consultation) throw notFound();
  const entries = consultation.baseline
    ? await db.baselineEntry.findMany({
        where: { baselineId: consultation.baseline.id },
        select: { requirementVersion: { select: { id: true, version: true, title: true, requirement: { select: { id: true, ref: true, number: true } } } } },
      })
    : [];
  const requirements = entries
    .map(({ requirementVersion: v }) => ({ requirementVersionId: v.id, requirementId: v.requirement.id, ref: v.requirement.ref, number: v.requirement.number, version: v.version, title: v.title }))
    .sort((a, b) => a.number - b.number);
  return { ...consultation, requirements };
}

export type ConsultationView = Awaited<ReturnType<typeof getConsultation>>;

function notFound() {
  return new AppError("NOT_FOUND", "That consultation does not exist.");
}
