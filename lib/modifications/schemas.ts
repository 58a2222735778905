import { z } from "zod";
import { DocumentKind, ModificationPath, ModificationStage } from "@/lib/generated/prisma/enums";
import { changeNoteSchema, expectedVersionSchema } from "@/lib/versioning/schemas";
import { idPattern, plainText } from "@/lib/validation/text";

/*
 * What the lifecycle's forms send, read once here for the commands (which parse again: a command
 * never trusts its caller) and the server actions.
 */

/** The highest number a reference may carry (DP99999): refs.ts reads at most five digits. */
export const MAX_MODIFICATION_NUMBER = 99_999;

const markdown = (message: string, max = 20_000) =>
  plainText(z.string(message).trim().min(1, message).max(max, `At most ${max.toLocaleString("en-GB")} characters`));
const optionalMarkdown = (max = 20_000) => plainText(z.string().trim().max(max, `At most ${max.toLocaleString("en-GB")} characters`));

/** A calendar date from a date field (YYYY-MM-DD), as the @db.Date columns hold it (midnight UTC). */
export const calendarDateSchema = (message: string) =>
  z
    .string(message)
    .regex(/^\d{4}-\d{2}-\d{2}$/, message)
    .transform((v) => new Date(`${v}T00:00:00Z`))
    .refine((d) => !Number.isNaN(d.getTime()) && d.getUTCFullYear() >= 2000 && d.getUTCFullYear() <= 2100, message);

/** "Panel, 18 December 2026": which meeting decided a move. */
export const meetingSchema = plainText(
  z.string("Name the meeting that decided it").trim().min(1, "Name the meeting that decided it").max(200, "At most 200 characters"),
);

const emptyAsUndefined = (v: unknown) => (v === "" || v === null ? undefined : v);

export const raiseDraftProposalSchema = z.object({
  /** Left empty: the next free number. */
  number: z.preprocess(
    emptyAsUndefined,
    z.coerce
      .number("The number is a whole number, like 163")
      .int("The number is a whole number, like 163")
      .min(1, "The number is a whole number, like 163")
      .max(MAX_MODIFICATION_NUMBER, `The number is at most ${MAX_MODIFICATION_NUMBER}`)
      .optional(),
  ),
  title: plainText(z.string("Enter a title").trim().min(1, "Enter a title").max(200, "Titles are at most 200 characters")),
  proposerId: z.string("Choose the proposer's organisation").regex(idPattern(), "Choose the proposer's organisation"),
  issue: markdown("Write the issue statement"),
  path: z.preprocess(emptyAsUndefined, z.enum(ModificationPath, "Choose a path").optional()),
  urgent: z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean()),
  raisedOn: calendarDateSchema("Give the date it was raised"),
});
export type RaiseDraftProposalInput = z.input<typeof raiseDraftProposalSchema>;

export const convertSchema = z.object({
  expectedVersion: expectedVersionSchema,
  decidedOn: calendarDateSchema("Give the date of the Panel's decision"),
  meeting: meetingSchema,
});

export const moveStageSchema = z.object({
  expectedVersion: expectedVersionSchema,
  stage: z.enum(ModificationStage, "Choose the stage to move to"),
  movedOn: calendarDateSchema("Give the date of the move"),
  meeting: meetingSchema,
});

/** The overview's sections, by their column on Modification. */
export const SECTION_COLUMNS = {
  SUMMARY: "summary",
  ISSUE: "issue",
  SOLUTION: "solution",
  WHO_IS_IMPACTED: "whoIsImpacted",
  DOCUMENTS_AFFECTED: "secDocumentsAffected",
} as const;
export type SectionColumn = (typeof SECTION_COLUMNS)[keyof typeof SECTION_COLUMNS];

export const editSectionsSchema = z.object({
  expectedVersion: expectedVersionSchema,
  summary: optionalMarkdown(1_000),
  issue: markdown("Write the issue statement"),
  solution: optionalMarkdown(),
  whoIsImpacted: optionalMarkdown(),
  secDocumentsAffected: optionalMarkdown(),
  changeNote: changeNoteSchema,
});

export const documentFieldsSchema = z.object({
  kind: z.enum(DocumentKind, "Choose the kind of document"),
  title: plainText(z.string("Enter a title").trim().min(1, "Enter a title").max(200, "Titles are at most 200 characters")),
  publishedOn: calendarDateSchema("Give the date it was published"),
  note: z.preprocess(emptyAsUndefined, plainText(z.string().trim().max(500, "Notes are at most 500 characters")).optional()),
});
