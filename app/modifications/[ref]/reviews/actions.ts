"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { formValues, performMutation } from "@/lib/actions/perform-mutation";
import type { FormState } from "@/lib/actions/form-state";
import { problemQuery } from "@/lib/actions/problems";
import { db } from "@/lib/db";
import { getModificationByRef } from "@/lib/modifications/get-modification";
import { modificationPath } from "@/lib/modifications/refs";
import { changeReviewRoundStatus } from "@/lib/reviews/change-review-round-status";
import { createReviewRound } from "@/lib/reviews/create-review-round";
import { ROUND_FORM_FIELDS, reviewRoundEditFormSchema, reviewRoundFormSchema } from "@/lib/reviews/schemas";
import { updateReviewRound } from "@/lib/reviews/update-review-round";
import { AppError } from "@/lib/errors";
import { isLookupKey } from "@/lib/validation/text";
import { expectedVersionSchema } from "@/lib/versioning/schemas";

// Each action is bound to the modification's ref (and the round's id) by its page, so a form
// carries no modification id to tamper with; the commands check the round is that modification's.

export async function createReviewRoundAction(ref: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const outcome = await performMutation(
    reviewRoundFormSchema,
    formData,
    async (actor, fields) => {
      const m = await getModificationByRef(db(), ref);
      const { id } = await createReviewRound(db(), actor, { modificationId: m.id, fields });
      return modificationPath(m, "reviews", id);
    },
    formValues(...ROUND_FORM_FIELDS),
  );
  if (!outcome.ok) return outcome.state;
  revalidatePath(outcome.result);
  redirect(`${outcome.result}?saved=created`);
}

export async function updateReviewRoundAction(ref: string, roundId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const outcome = await performMutation(
    reviewRoundEditFormSchema,
    formData,
    async (actor, { expectedVersion, ...fields }) => {
      const m = await getModificationByRef(db(), ref);
      await updateReviewRound(db(), actor, { modificationId: m.id, roundId: checkedId(roundId), expectedVersion, fields });
      return modificationPath(m, "reviews", roundId);
    },
    formValues(...ROUND_FORM_FIELDS, "expectedVersion"),
  );
  if (!outcome.ok) return outcome.state;
  revalidatePath(outcome.result);
  redirect(`${outcome.result}?saved=updated`);
}

const statusSchema = z.object({ status: z.enum(["OPEN", "CLOSED"]), expectedVersion: expectedVersionSchema });

/** The "Open this round" and "Close this round" buttons: plain forms; a refusal comes back as ?problem=. */
export async function changeReviewRoundStatusAction(ref: string, roundId: string, formData: FormData): Promise<void> {
  const page = modificationPath({ draftRef: ref }, "reviews", roundId);
  const outcome = await performMutation(statusSchema, formData, async (actor, input) => {
    const m = await getModificationByRef(db(), ref);
    return changeReviewRoundStatus(db(), actor, { modificationId: m.id, roundId: checkedId(roundId), ...input });
  });
  revalidatePath(page);
  redirect(outcome.ok ? `${page}?saved=${formData.get("status") === "OPEN" ? "opened" : "closed"}` : `${page}?${await problemQuery(outcome.state)}`);
}

/** The round id from the address the page bound: anything that cannot be one is simply not found. */
function checkedId(roundId: string): string {
  if (!isLookupKey(roundId, 64)) throw new AppError("NOT_FOUND", "There is no such review round.");
  return roundId;
}
