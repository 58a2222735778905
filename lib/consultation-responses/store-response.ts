import "server-only";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ResponseStatus } from "@/lib/generated/prisma/enums";
import { updateAtVersion } from "@/lib/versioning/update-at-version";
import { writeAnswers } from "./answers";
import type { ResponseContext } from "./load-response-context";
import { respondentCategoryOf } from "./respondent-category";
import type { ResponseFields } from "./schemas";

const KEPT = "your answers are still in the form below. Saving again puts them in place of theirs; open this page in a new tab first to see what they wrote.";

/** How the messages name it: "Brightwater Energy's response". */
export const responseName = (organisation: { name: string }) => `${organisation.name}'s response`;

/**
 * Writes the organisation's response and its answers, inside the command's transaction, at the
 * version the form started from: `null` when the form was opened before there was a response.
 * The first save creates it (category from the organisation, kept as it was). Two colleagues
 * saving first at once make ONE response: the insert skips a row the other has just committed,
 * and the later save is then a conflict like any other (a save "at version 0"): nothing of theirs
 * is overwritten, nothing of the later one's is written, and the message names who saved.
 */
export async function storeResponse(
  tx: Prisma.TransactionClient,
  ctx: ResponseContext,
  input: {
    actorId: string;
    expectedVersion: number | null;
    fields: ResponseFields;
    data: { status: ResponseStatus; submittedAt: Date | null; withdrawnAt: Date | null; late: boolean; enteredById: string | null };
  },
): Promise<{ id: string; version: number }> {
  const what = responseName(ctx.organisation);
  const row = { respondentId: input.actorId, confidential: input.fields.confidential, ...input.data };
  let id = ctx.response?.id;
  let version = 1;
  if (!id) {
    if (input.expectedVersion !== null) throw new AppError("VALIDATION", "This form is out of date: reload the page and try again.");
    const [created] = await tx.response.createManyAndReturn({
      data: [{ consultationId: ctx.consultation.id, organisationId: ctx.organisation.id, category: respondentCategoryOf(ctx.organisation), ...row }],
      skipDuplicates: true,
      select: { id: true },
    });
    if (!created) {
      // A colleague's first save committed while ours waited: theirs stands.
      const theirs = await tx.response.findUniqueOrThrow({
        where: { consultationId_organisationId: { consultationId: ctx.consultation.id, organisationId: ctx.organisation.id } },
        select: { id: true },
      });
      await updateAtVersion(tx, "Response", { id: theirs.id, expectedVersion: 0, data: {}, what, nextStep: KEPT });
    }
    id = created!.id;
  } else {
    ({ version } = await updateAtVersion(tx, "Response", { id, expectedVersion: input.expectedVersion ?? 0, data: row, what, nextStep: KEPT }));
  }
  await writeAnswers(tx, { id, consultationId: ctx.consultation.id }, ctx.questions, input.fields);
  return { id, version };
}
