import "server-only";
import { z } from "zod";
import { expectedVersionSchema } from "@/lib/versioning/schemas";
import { londonInstant } from "@/lib/dates/london";
import { AppError } from "@/lib/errors";
import { Committee } from "@/lib/generated/prisma/enums";
import { idSchema, plainText } from "@/lib/validation/text";

export const MAX_QUESTIONS = 20;
export const MAX_QUESTION_LENGTH = 1_000;
export const MAX_INTRODUCTION_LENGTH = 20_000;

const questionsSchema = z.array(z.string()).superRefine((questions, ctx) => {
  if (questions.length > MAX_QUESTIONS) ctx.addIssue({ code: "custom", message: `A round has at most ${MAX_QUESTIONS} questions: this one has ${questions.length}` });
  questions.forEach((q, i) => {
    if (q.length > MAX_QUESTION_LENGTH) ctx.addIssue({ code: "custom", message: `Question ${i + 1} is longer than ${MAX_QUESTION_LENGTH.toLocaleString("en-GB")} characters` });
    if (!plainText(z.string()).safeParse(q).success) ctx.addIssue({ code: "custom", message: `Question ${i + 1}: remove the invisible control or text-direction characters` });
  });
});

/** What SECAS sets on a round, as the commands take it (the window as instants). */
const fields = z.object({
  committee: z.enum(Committee, "Choose the committee the round is for"),
  title: plainText(z.string("Enter a title").trim().min(1, "Enter a title").max(200, "Titles are at most 200 characters")),
  introduction: plainText(z.string().trim().max(MAX_INTRODUCTION_LENGTH, "The introduction is at most 20,000 characters")),
  questions: questionsSchema,
  opensAt: z.date("Give the date and time the round opens (London time)"),
  closesAt: z.date("Give the date and time the round closes (London time)"),
  /** The scope: a baseline of the modification, or none to freeze the requirements when the round opens. */
  baselineId: idSchema.optional(),
});

const windowInOrder = <T extends { opensAt: Date; closesAt: Date }>(v: T) => v.closesAt > v.opensAt;
const WINDOW_ORDER = { path: ["closesAt"], message: "The round must close after it opens" };

export const reviewRoundFieldsSchema = fields.refine(windowInOrder, WINDOW_ORDER);
export type ReviewRoundFields = z.infer<typeof reviewRoundFieldsSchema>;

/** The commands' own check of what they are given (a form's input has passed the same rules). */
export function parseRoundFields(input: unknown): ReviewRoundFields {
  const parsed = reviewRoundFieldsSchema.safeParse(input);
  if (!parsed.success) {
    throw new AppError("VALIDATION", "Please correct the highlighted fields.", z.flattenError(parsed.error).fieldErrors as Record<string, string[]>);
  }
  return parsed.data;
}

/**
 * The round form's fields (strings) in the commands' shape: one question per line, blank lines
 * ignored; the window from London date and time fields; an empty scope means "freeze at opening".
 */
function fromForm(raw: unknown) {
  if (typeof raw !== "object" || raw === null) return raw;
  const form = raw as Record<string, unknown>;
  const text = (v: unknown) => (typeof v === "string" ? v : undefined);
  return {
    ...form,
    questions: (text(form.questions) ?? "")
      .split(/\r?\n/)
      .map((q) => q.trim())
      .filter((q) => q.length > 0),
    opensAt: londonInstant(form.opensDate, form.opensTime) ?? undefined,
    closesAt: londonInstant(form.closesDate, form.closesTime) ?? undefined,
    introduction: text(form.introduction) ?? "",
    baselineId: text(form.baselineId) || undefined,
  };
}

export const reviewRoundFormSchema = z.preprocess(fromForm, reviewRoundFieldsSchema);
export const reviewRoundEditFormSchema = z.preprocess(
  fromForm,
  fields.extend({ expectedVersion: expectedVersionSchema }).refine(windowInOrder, WINDOW_ORDER),
);

/** The round form's text fields, put back after a failed submission. */
export const ROUND_FORM_FIELDS = ["committee", "title", "introduction", "questions", "opensDate", "opensTime", "closesDate", "closesTime", "baselineId"];
