import "server-only";
import { z } from "zod";
import { londonInstant } from "@/lib/dates/london";
import { AppError } from "@/lib/errors";
import { ConsultationKind, QuestionKind } from "@/lib/generated/prisma/enums";
import { expectedVersionSchema } from "@/lib/versioning/schemas";
import { idSchema, plainText } from "@/lib/validation/text";

export const MAX_QUESTIONS = 30;
export const MAX_QUESTION_LENGTH = 2_000;
export const MAX_INTRODUCTION_LENGTH = 50_000;
/** How many question rows the form offers beyond those already written (more: save, then edit again). */
export const BLANK_QUESTION_ROWS = 3;

const questionSchema = z.object({
  kind: z.enum(QuestionKind, "Choose what kind of answer the question asks for"),
  text: z.string(),
});

const questionsSchema = z.array(questionSchema).superRefine((questions, ctx) => {
  if (questions.length === 0) ctx.addIssue({ code: "custom", message: "Ask at least one question" });
  if (questions.length > MAX_QUESTIONS) ctx.addIssue({ code: "custom", message: `A consultation has at most ${MAX_QUESTIONS} questions: this one has ${questions.length}` });
  questions.forEach((q, i) => {
    if (q.text.trim().length === 0) ctx.addIssue({ code: "custom", message: `Question ${i + 1}: enter its text` });
    if (q.text.length > MAX_QUESTION_LENGTH) ctx.addIssue({ code: "custom", message: `Question ${i + 1} is longer than ${MAX_QUESTION_LENGTH.toLocaleString("en-GB")} characters` });
    if (!plainText(z.string()).safeParse(q.text).success) ctx.addIssue({ code: "custom", message: `Question ${i + 1}: remove the invisible control or text-direction characters` });
  });
});

/** What SECAS sets on a consultation, as the commands take it (the window as instants). */
const fields = z.object({
  kind: z.enum(ConsultationKind, "Choose the kind of consultation"),
  title: plainText(z.string("Enter a title").trim().min(1, "Enter a title").max(200, "Titles are at most 200 characters")),
  introduction: plainText(z.string().trim().max(MAX_INTRODUCTION_LENGTH, "The introduction is at most 50,000 characters")),
  questions: questionsSchema,
  opensAt: z.date("Give the date and time the consultation opens (London time)"),
  closesAt: z.date("Give the date and time the consultation closes (London time)"),
  /** The requirements it asks about: a baseline of the modification, or none to freeze them when it opens. */
  baselineId: idSchema.optional(),
  /** The report version a Modification Report Consultation consults on (a report of the modification), if any yet. */
  reportId: idSchema.optional(),
});

const windowInOrder = <T extends { opensAt: Date; closesAt: Date }>(v: T) => v.closesAt > v.opensAt;
const WINDOW_ORDER = { path: ["closesAt"], message: "The consultation must close after it opens" };

export const consultationFieldsSchema = fields.refine(windowInOrder, WINDOW_ORDER);
export type ConsultationFields = z.infer<typeof consultationFieldsSchema>;
export type QuestionFields = ConsultationFields["questions"][number];

/** The commands' own check of what they are given (a form's input has passed the same rules). */
export function parseConsultationFields(input: unknown): ConsultationFields {
  const parsed = consultationFieldsSchema.safeParse(input);
  if (!parsed.success) {
    throw new AppError("VALIDATION", "Please correct the highlighted fields.", z.flattenError(parsed.error).fieldErrors as Record<string, string[]>);
  }
  return parsed.data;
}

/** The form's question rows: `questionKind.N` and `questionText.N`, N from 0. */
export const questionKindField = (n: number) => `questionKind.${n}`;
export const questionTextField = (n: number) => `questionText.${n}`;

/**
 * The form's fields (strings) in the commands' shape: the question rows in order, a row with no
 * text skipped (so the blank rows at the end cost nothing); the window from London date and time
 * fields (the hour skipped when the clocks go forward names no instant, and is refused); an empty
 * baseline or report means none.
 */
function fromForm(raw: unknown) {
  if (typeof raw !== "object" || raw === null) return raw;
  const form = raw as Record<string, unknown>;
  const text = (v: unknown) => (typeof v === "string" ? v : undefined);
  const questions: { kind: unknown; text: string }[] = [];
  for (let n = 0; n < MAX_QUESTIONS + BLANK_QUESTION_ROWS; n++) {
    const q = (text(form[questionTextField(n)]) ?? "").trim();
    if (q.length > 0) questions.push({ kind: text(form[questionKindField(n)]) || undefined, text: q });
  }
  return {
    ...form,
    questions,
    opensAt: londonInstant(form.opensDate, form.opensTime) ?? undefined,
    closesAt: londonInstant(form.closesDate, form.closesTime) ?? undefined,
    introduction: text(form.introduction) ?? "",
    baselineId: text(form.baselineId) || undefined,
    reportId: text(form.reportId) || undefined,
  };
}

export const consultationFormSchema = z.preprocess(fromForm, consultationFieldsSchema);
export const consultationEditFormSchema = z.preprocess(
  fromForm,
  fields.extend({ expectedVersion: expectedVersionSchema }).refine(windowInOrder, WINDOW_ORDER),
);

/** The form's text fields, put back after a failed submission. */
export const CONSULTATION_FORM_FIELDS = [
  "kind",
  "title",
  "introduction",
  "opensDate",
  "opensTime",
  "closesDate",
  "closesTime",
  "baselineId",
  "reportId",
  ...Array.from({ length: MAX_QUESTIONS + BLANK_QUESTION_ROWS }, (_, n) => [questionKindField(n), questionTextField(n)]).flat(),
];
