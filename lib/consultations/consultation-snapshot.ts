import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors";
import type { ConsultationFields } from "./schemas";

/** A consultation as its audit events record it (before and after a change); questions as "n. [KIND] text". */
export function consultationSnapshot(c: Omit<ConsultationFields, "baselineId" | "reportId"> & { baselineId?: string | null; reportId?: string | null }) {
  return {
    kind: c.kind,
    title: c.title,
    introduction: c.introduction,
    questions: c.questions.map((q, i) => `${i + 1}. [${q.kind}] ${q.text}`),
    opensAt: c.opensAt.toISOString(),
    closesAt: c.closesAt.toISOString(),
    baselineId: c.baselineId ?? null,
    reportId: c.reportId ?? null,
  };
}

const FIX = "Please correct the highlighted fields.";

/** A baseline or report the form names must be one of the consultation's own modification. */
export async function checkOwnBaselineAndReport(tx: Prisma.TransactionClient, modificationId: string, ids: { baselineId?: string; reportId?: string }): Promise<void> {
  if (ids.baselineId && !(await tx.baseline.findFirst({ where: { id: ids.baselineId, modificationId }, select: { id: true } }))) {
    throw new AppError("VALIDATION", FIX, { baselineId: ["Choose a baseline of this modification"] });
  }
  if (ids.reportId && !(await tx.report.findFirst({ where: { id: ids.reportId, modificationId }, select: { id: true } }))) {
    throw new AppError("VALIDATION", FIX, { reportId: ["Choose a report of this modification"] });
  }
}

/** A window that has already ended cannot be planned (or set while open): the consultation would close the moment it opened. */
export function checkWindowAhead(fields: { closesAt: Date }, now: Date): void {
  if (fields.closesAt <= now) throw new AppError("VALIDATION", FIX, { closesAt: ["The closing time has passed: choose a later one"] });
}

/** Whether two question lists are the same questions, in the same order, of the same kinds. */
export function sameQuestions(a: { kind: string; text: string }[], b: { kind: string; text: string }[]): boolean {
  return a.length === b.length && a.every((q, i) => q.kind === b[i]!.kind && q.text === b[i]!.text);
}

export const DUPLICATE_TITLE = "This modification already has a consultation with this title: choose another";
export const QUESTIONS_FROZEN = "The questions cannot change once the consultation has opened: respondents are answering them";
