import "server-only";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { CostBand, ImpactLevel, type Position, type QuestionKind } from "@/lib/generated/prisma/enums";
import { POSITION_LABELS } from "@/lib/labels";
import { plainText } from "@/lib/validation/text";

/*
 * A response's answers, keyed by question id, checked against the consultation's own questions:
 * which positions each kind offers, text limits, the party impact's fields, and the requirements
 * of its baseline. A form's field names are the paths of this shape joined with dots
 * (`answers.<questionId>.rationale`, `answers.<questionId>.requirements.<requirementVersionId>.position`),
 * so an error's path names the field it belongs to.
 */

export const MAX_RATIONALE_LENGTH = 10_000;
export const MAX_REQUIREMENT_COMMENT_LENGTH = 5_000;
export const MAX_LEAD_TIME_WEEKS = 520;

/** The positions each kind of question offers (none: the question takes text or figures). */
export const POSITIONS_BY_KIND: Record<QuestionKind, Position[]> = {
  AGREE_DISAGREE: ["AGREE", "DISAGREE", "NEUTRAL"],
  YES_NO: ["YES", "NO"],
  FREE_TEXT: [],
  PER_REQUIREMENT: [],
  PARTY_IMPACT: [],
};
/** What a PER_REQUIREMENT question offers for each requirement. */
export const REQUIREMENT_POSITIONS: Position[] = ["SUPPORT", "OPPOSE", "NEUTRAL"];

export const FOREIGN_QUESTION = "That question is not one of this consultation's: reload the page and answer the questions it shows.";
export const FOREIGN_REQUIREMENT = "That requirement is not in the baseline this consultation asks about: reload the page.";

const emptyAsUndefined = (v: unknown) => (v === "" || v === null ? undefined : v);
/** A ticked checkbox sends "on"; an unticked one sends nothing. */
const flag = z.preprocess((v) => v === true || v === "on" || v === "true", z.boolean());
const text = (max: number, what: string) =>
  z.preprocess((v) => (v === undefined || v === null ? "" : v), plainText(z.string(`The ${what} must be text`).trim().max(max, `The ${what} is at most ${max.toLocaleString("en-GB")} characters`)));

const orList = (positions: Position[]) => positions.map((p) => POSITION_LABELS[p]).join(", ").replace(/, ([^,]*)$/, " or $1");
function positionSchema(offered: Position[]) {
  const message = offered.length ? `Choose ${orList(offered)}: that answer is not offered for this question` : "This question takes no position";
  return z.preprocess(emptyAsUndefined, z.custom<Position>((v) => typeof v === "string" && (offered as string[]).includes(v), message).optional());
}

/** Whole weeks, from a form's text or a number: "12" → 12; "twelve", "1.5", "-3" are refused. */
const leadTimeSchema = z.preprocess(
  (v) => {
    const given = emptyAsUndefined(typeof v === "string" ? v.trim() : v);
    return typeof given === "string" && /^\d{1,6}$/.test(given) ? Number(given) : given;
  },
  z
    .number("Give the lead time as a whole number of weeks, e.g. 12")
    .int("Give the lead time as a whole number of weeks, e.g. 12")
    .min(0, "The lead time cannot be negative")
    .max(MAX_LEAD_TIME_WEEKS, `The lead time is at most ${MAX_LEAD_TIME_WEEKS} weeks (ten years)`)
    .optional(),
);

const requirementAnswerSchema = z
  .object({
    position: positionSchema(REQUIREMENT_POSITIONS),
    comment: text(MAX_REQUIREMENT_COMMENT_LENGTH, "comment"),
    confidential: flag,
  })
  .superRefine((a, ctx) => {
    if (!a.position && (a.comment || a.confidential)) ctx.addIssue({ code: "custom", path: ["position"], message: "Choose Support, Oppose or Neutral to go with your comment" });
  });

function answerSchemaFor(kind: QuestionKind, requirementVersionIds: ReadonlySet<string>) {
  return z.object({
    position: positionSchema(POSITIONS_BY_KIND[kind]),
    rationale: text(MAX_RATIONALE_LENGTH, kind === "PARTY_IMPACT" ? "comments" : kind === "FREE_TEXT" ? "answer" : "rationale"),
    confidential: flag,
    costBand: z.preprocess(emptyAsUndefined, z.enum(CostBand, "Choose one of the cost bands offered").optional()),
    leadTimeWeeks: leadTimeSchema,
    impactLevel: z.preprocess(emptyAsUndefined, z.enum(ImpactLevel, "Choose Low, Medium or High").optional()),
    requirements: keyedBy(requirementVersionIds, FOREIGN_REQUIREMENT, () => requirementAnswerSchema),
  }).superRefine((a, ctx) => {
    if (kind === "PARTY_IMPACT") return;
    for (const key of ["costBand", "leadTimeWeeks", "impactLevel"] as const) {
      if (a[key] !== undefined) ctx.addIssue({ code: "custom", path: [key], message: "Only the impact question takes a cost band, lead time and impact level" });
    }
    if (kind !== "PER_REQUIREMENT" && Object.keys(a.requirements).length > 0) ctx.addIssue({ code: "custom", path: ["requirements"], message: "Only the per-requirement question takes answers per requirement" });
  });
}

/** A record whose keys must be in `known` (anything else, including "__proto__", is refused with `foreign`), each value parsed by its key's schema. */
function keyedBy<T extends z.ZodType>(known: ReadonlySet<string> | ReadonlyMap<string, unknown>, foreign: string, schemaOf: (key: string) => T) {
  return z.preprocess(
    (v) => (v === undefined || v === null ? {} : v),
    z.record(z.string(), z.unknown(), "This form is out of date: reload the page and try again.").transform((raw, ctx) => {
      const out: Record<string, z.infer<T>> = Object.create(null);
      for (const [key, value] of Object.entries(raw)) {
        if (!known.has(key)) {
          ctx.addIssue({ code: "custom", path: [key], message: foreign });
          continue;
        }
        const parsed = schemaOf(key).safeParse(value);
        if (parsed.success) out[key] = parsed.data;
        else for (const issue of parsed.error.issues) ctx.addIssue({ code: "custom", path: [key, ...issue.path], message: issue.message });
      }
      return out;
    }),
  );
}

export type QuestionRef = { id: string; number: number; kind: QuestionKind };

/** The response's fields for this consultation: its questions (by id) and its baseline's requirement versions. */
export function responseFieldsSchemaFor(questions: QuestionRef[], requirementVersionIds: ReadonlySet<string>) {
  const byId = new Map(questions.map((q) => [q.id, q]));
  return z.object({
    /** The whole response is confidential. */
    confidential: flag,
    answers: keyedBy(byId, FOREIGN_QUESTION, (id) => answerSchemaFor(byId.get(id)!.kind, requirementVersionIds)),
  });
}
export type ResponseFields = z.infer<ReturnType<typeof responseFieldsSchemaFor>>;
export type ParsedAnswer = ResponseFields["answers"][string];

/** Parses a response's fields, or throws VALIDATION with a message per form field (its dotted name). */
export function parseResponseFields(questions: QuestionRef[], requirementVersionIds: ReadonlySet<string>, fields: unknown): ResponseFields {
  const parsed = responseFieldsSchemaFor(questions, requirementVersionIds).safeParse(fields);
  if (parsed.success) return parsed.data;
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of parsed.error.issues) (fieldErrors[issue.path.map(String).join(".") || "form"] ??= []).push(issue.message);
  const foreign = parsed.error.issues.find((i) => i.message === FOREIGN_QUESTION || i.message === FOREIGN_REQUIREMENT);
  throw new AppError("VALIDATION", foreign ? foreign.message : "Please correct the highlighted answers. Nothing was saved.", fieldErrors);
}

/** SECAS's received-at date for an emailed response: a real instant, not in the future. */
export const receivedAtSchema = z.date("Give the date and time the response was received (London time)");
