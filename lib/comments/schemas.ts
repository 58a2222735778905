import "server-only";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { CommentDisposition, CommentKind, CommentSeverity } from "@/lib/generated/prisma/enums";
import { idSchema, plainText } from "@/lib/validation/text";
import { expectedVersionSchema } from "@/lib/versioning/schemas";

export const MAX_COMMENT_LENGTH = 10_000;
const MAX_LABEL = MAX_COMMENT_LENGTH.toLocaleString("en-GB");

/** A comment's or a reply's words (Markdown). */
export const commentBodySchema = plainText(
  z.string("Write your comment").trim().min(1, "Write your comment").max(MAX_COMMENT_LENGTH, `A comment is at most ${MAX_LABEL} characters`),
);
const passageSchema = (what: string) => plainText(z.string().trim().max(MAX_COMMENT_LENGTH, `The ${what} is at most ${MAX_LABEL} characters`));
const emptyAsUndefined = (v: unknown) => (v === "" || v === null ? undefined : v);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(emptyAsUndefined, schema.optional());
const reasonSchema = plainText(z.string("Give the reason").trim().min(1, "Give the reason").max(2_000, "At most 2,000 characters"));

/**
 * A new top-level comment: in a round, on a requirement (at the version shown, optionally quoting
 * it), as the answer to one of the round's questions, or on the modification in general (neither).
 */
export const newCommentSchema = z
  .object({
    roundId: idSchema,
    requirementId: optional(idSchema),
    /** The version of the requirement the commenter was shown. */
    requirementVersion: optional(z.coerce.number().int().positive()),
    questionId: optional(idSchema),
    kind: z.enum(CommentKind, "Choose the kind of comment").default("COMMENT"),
    severity: optional(z.enum(CommentSeverity, "Choose a severity")),
    quotedText: optional(passageSchema("quoted passage")),
    proposedWording: optional(passageSchema("proposed wording")),
    body: commentBodySchema,
  })
  .superRefine((c, ctx) => {
    if (c.requirementId && !c.requirementVersion) ctx.addIssue({ code: "custom", path: ["requirementVersion"], message: "This form is out of date: reload the page and try again." });
    if (c.requirementId && c.questionId) ctx.addIssue({ code: "custom", path: ["questionId"], message: "A comment is on a requirement or answers a question, not both" });
    if (c.quotedText && !c.requirementId) ctx.addIssue({ code: "custom", path: ["quotedText"], message: "Only a comment on a requirement quotes a passage" });
    if (c.kind === "PROPOSED_WORDING") {
      if (!c.quotedText) ctx.addIssue({ code: "custom", path: ["quotedText"], message: "Quote the passage your wording replaces" });
      if (c.proposedWording === undefined) ctx.addIssue({ code: "custom", path: ["proposedWording"], message: "Write the wording you propose" });
    } else if (c.proposedWording !== undefined) {
      ctx.addIssue({ code: "custom", path: ["proposedWording"], message: "Choose “Proposed wording” to propose a replacement" });
    }
  });
export type NewComment = z.infer<typeof newCommentSchema>;

export const replySchema = z.object({ body: commentBodySchema });
export const respondSchema = z.object({ body: commentBodySchema, expectedVersion: expectedVersionSchema });
export const editCommentSchema = z.object({ body: commentBodySchema, proposedWording: optional(passageSchema("proposed wording")), expectedVersion: expectedVersionSchema });
export const versionOnlySchema = z.object({ expectedVersion: expectedVersionSchema });
export const resolveSchema = z
  .object({ disposition: z.enum(CommentDisposition, "Choose a disposition"), reason: optional(reasonSchema), expectedVersion: expectedVersionSchema })
  .refine((d) => d.disposition !== "REJECTED" || d.reason, { path: ["reason"], message: "Say why it is rejected" });
export const severitySchema = z.object({ severity: z.enum(CommentSeverity, "Choose a severity"), reason: reasonSchema, expectedVersion: expectedVersionSchema });

/** The commands' own check of what they are given (a form's input has passed the same rules). */
export function parseInput<T extends z.ZodType>(schema: T, input: unknown): z.infer<T> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    throw new AppError("VALIDATION", "Please correct the highlighted fields.", z.flattenError(parsed.error).fieldErrors as Record<string, string[]>);
  }
  return parsed.data;
}

/** The comment form's fields, put back after a failed submission. */
export const COMMENT_FORM_FIELDS = ["roundId", "requirementId", "requirementVersion", "questionId", "kind", "severity", "quotedText", "proposedWording", "body"];

/** Whitespace-normalised, so a passage pasted from a page (wrapped, with other spaces) matches the stored text. */
export const normaliseSpace = (text: string) => text.replace(/\s+/gu, " ").trim();

/** Does `text` contain `passage` (both whitespace-normalised)? */
export const quotes = (text: string, passage: string) => normaliseSpace(text).includes(normaliseSpace(passage));
