import "server-only";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { ChangeBoardGroup, ChangeBoardVoteChoice, DecisionMaker, DecisionOutcome } from "@/lib/generated/prisma/enums";
import { idSchema, plainText } from "@/lib/validation/text";

export const NO_VOTING_GROUP = "A member of no Party Category voting group has no vote: choose the member's voting group.";
export const RELEASE_MESSAGE = "SEC releases are in June or November: choose one";

const text = (what: string, max: number) =>
  plainText(z.string(`Enter ${what}`).trim().min(1, `Enter ${what}`).max(max, `At most ${max.toLocaleString("en-GB")} characters`));
/** A calendar date from a date field (YYYY-MM-DD), stored as that day (the columns are DATE). */
const day = (message: string) => z.union([z.date(), z.iso.date(message).transform((d) => new Date(`${d}T00:00:00.000Z`))], message);
/** An empty form field is an absent value. */
const blankAsAbsent = (v: unknown) => (v === "" ? undefined : v);

export const meetingSchema = z.object({
  reportId: idSchema,
  reference: text("the meeting's reference", 100),
  heldOn: day("Give the date of the meeting"),
});

export const voteSchema = z.object({
  memberName: text("the member's name", 200),
  organisation: plainText(z.string().trim().max(200, "At most 200 characters")).nullish().transform((v) => v || null),
  votingGroup: z.enum(ChangeBoardGroup, NO_VOTING_GROUP),
  vote: z.enum(ChangeBoardVoteChoice, "Choose the member's vote: approve, reject or abstain"),
  rationale: text("the member's rationale", 5_000),
});

export const decisionSchema = z
  .object({
    decidedBy: z.enum(DecisionMaker, "Choose who decided"),
    outcome: z.enum(DecisionOutcome, "Choose the decision"),
    decidedOn: day("Give the date of the decision"),
    reference: text("the decision's reference", 100),
    /** "2027-06" or "2027-11": the SEC release implementing an approval. */
    implementationRelease: z.preprocess(blankAsAbsent, z.string().regex(/^20\d\d-(06|11)$/, RELEASE_MESSAGE).nullish()),
  })
  .refine((d) => d.outcome === "REJECTED" || d.implementationRelease != null, {
    path: ["implementationRelease"],
    message: "An approval names the SEC release that implements it",
  })
  .transform((d) => ({ ...d, implementationRelease: d.outcome === "APPROVED" ? d.implementationRelease! : null }));

export type MeetingFields = z.input<typeof meetingSchema>;
export type VoteFields = z.input<typeof voteSchema>;
export type DecisionFields = z.input<typeof decisionSchema>;

/** The commands' own check of what they are given (a form's input passes the same schema first). */
export function parseFields<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    throw new AppError("VALIDATION", "Please correct the highlighted fields.", z.flattenError(parsed.error).fieldErrors as Record<string, string[]>);
  }
  return parsed.data;
}
