import { BLANK_QUESTION_ROWS, MAX_QUESTIONS, questionKindField, questionTextField } from "@/lib/consultations/schemas";
import { londonDateAndTime } from "@/lib/dates/london";
import type { ConsultationKind, QuestionKind } from "@/lib/generated/prisma/enums";
import type { ConsultationFormStart } from "@/components/consultation-form";

/** A consultation's fields as the form shows them: a row per question, the window as London dates and times. */
export function consultationFormStart(c: {
  kind: ConsultationKind;
  title: string;
  introduction: string;
  opensAt: Date;
  closesAt: Date;
  baseline: { id: string } | null;
  reportId: string | null;
  questions: { kind: QuestionKind; text: string }[];
}): ConsultationFormStart {
  const opens = londonDateAndTime(c.opensAt);
  const closes = londonDateAndTime(c.closesAt);
  return {
    kind: c.kind,
    title: c.title,
    introduction: c.introduction,
    opensDate: opens.date,
    opensTime: opens.time,
    closesDate: closes.date,
    closesTime: closes.time,
    baselineId: c.baseline?.id ?? "",
    reportId: c.reportId ?? "",
    ...Object.fromEntries(c.questions.flatMap((q, n) => [[questionKindField(n), q.kind], [questionTextField(n), q.text]])),
  };
}

/** The rows the form offers: those written and a few blank ones (only the written ones while open). */
export function questionRows(written: number, frozen: boolean): number {
  return frozen ? written : Math.min(written + BLANK_QUESTION_ROWS, MAX_QUESTIONS);
}
