import "server-only";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { DccAssessmentKind } from "@/lib/generated/prisma/enums";
import { idSchema, plainText } from "@/lib/validation/text";
import { changeNoteSchema, expectedVersionSchema } from "@/lib/versioning/schemas";
import { poundsSchema } from "./money";
import { RELEASE_PATTERN } from "./releases";

/*
 * What the assessment commands take: the form's strings as typed (amounts in pounds, dates as
 * YYYY-MM-DD, systems one per line), so a command and its form refuse exactly the same input.
 */

export const MAX_SYSTEMS = 50;
export const MAX_ASSUMPTIONS_LENGTH = 20_000;

/** A calendar date typed in a date field: "2027-03-31" → midnight UTC of that day (a DATE column). */
function dateSchema(message: string) {
  return z.string(message).transform((text, ctx) => {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
    const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
    if (!date || date.toISOString().slice(0, 10) !== text.trim() || date.getUTCFullYear() < 2000 || date.getUTCFullYear() > 2100) {
      ctx.addIssue({ code: "custom", message });
      return z.NEVER;
    }
    return date;
  });
}

const markdown = (max: number, message: string) => plainText(z.string().trim().max(max, message));

export const requestAssessmentSchema = z.object({
  kind: z.enum(DccAssessmentKind, "Choose a Preliminary Assessment or an Impact Assessment"),
  baselineId: z.string("Choose the baseline the DCC is to assess").min(1, "Choose the baseline the DCC is to assess").pipe(idSchema),
  dueOn: dateSchema("Give the date the assessment is due, e.g. 2027-03-31"),
  request: markdown(MAX_ASSUMPTIONS_LENGTH, "The request is at most 20,000 characters").default(""),
});
/** As the form sends it: the command parses it (a kind it does not know is refused there). */
export type RequestAssessmentInput = { kind: string; baselineId: string; dueOn: string; request?: string };

const systemsSchema = z.string().optional().transform((text = "", ctx) => {
  const systems = text
    .split(/\r?\n/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
  if (systems.length > MAX_SYSTEMS) ctx.addIssue({ code: "custom", message: `List at most ${MAX_SYSTEMS} systems and services: this has ${systems.length}` });
  systems.forEach((s, i) => {
    if (s.length > 200) ctx.addIssue({ code: "custom", message: `Line ${i + 1} is longer than 200 characters` });
    if (!plainText(z.string()).safeParse(s).success) ctx.addIssue({ code: "custom", message: `Line ${i + 1}: remove the invisible control or text-direction characters` });
  });
  return [...new Set(systems)];
});

export const assessmentVersionSchema = z.object({
  designAndBuild: poundsSchema("design and build cost"),
  testing: poundsSchema("testing cost"),
  implementation: poundsSchema("implementation cost"),
  ongoingPerYear: poundsSchema("ongoing cost per year"),
  leadTimeWeeks: z
    .string("Enter the lead time in whole weeks, e.g. 26")
    .trim()
    .regex(/^\d{1,3}$/, "Enter the lead time in whole weeks, e.g. 26")
    .transform(Number)
    .refine((n) => n <= 520, "A lead time is at most 520 weeks (ten years)"),
  earliestRelease: z.string("Choose the earliest SEC release").regex(RELEASE_PATTERN, "Choose the earliest SEC release: June or November of a year"),
  systems: systemsSchema,
  assumptions: markdown(MAX_ASSUMPTIONS_LENGTH, "The assumptions are at most 20,000 characters").default(""),
  validUntil: dateSchema("Give the date the figures are valid until, e.g. 2027-06-30"),
  changeNote: changeNoteSchema,
});
export type AssessmentVersionInput = Record<Exclude<keyof z.input<typeof assessmentVersionSchema>, "systems" | "assumptions">, string> & { systems?: string; assumptions?: string };
export type AssessmentVersionFields = z.output<typeof assessmentVersionSchema>;

export const assessmentVersionFormSchema = assessmentVersionSchema.extend({ expectedVersion: expectedVersionSchema });

/** The record form's fields, put back after a failed submission. */
export const VERSION_FORM_FIELDS = ["designAndBuild", "testing", "implementation", "ongoingPerYear", "leadTimeWeeks", "earliestRelease", "systems", "assumptions", "validUntil", "changeNote"];
export const REQUEST_FORM_FIELDS = ["kind", "baselineId", "dueOn", "request"];

/** The commands' own check of what they are given. */
export function parseOrRefuse<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    throw new AppError("VALIDATION", "Please correct the highlighted fields.", z.flattenError(parsed.error).fieldErrors as Record<string, string[]>);
  }
  return parsed.data;
}
