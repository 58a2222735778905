"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { formValues, performMutation } from "@/lib/actions/perform-mutation";
import type { FormState } from "@/lib/actions/form-state";
import { problemQuery } from "@/lib/actions/problems";
import { changeConsultationStatus } from "@/lib/consultations/change-consultation-status";
import { createConsultation } from "@/lib/consultations/create-consultation";
import { CONSULTATION_FORM_FIELDS, consultationEditFormSchema, consultationFormSchema } from "@/lib/consultations/schemas";
import { updateConsultation } from "@/lib/consultations/update-consultation";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { getModificationByRef } from "@/lib/modifications/get-modification";
import { modificationPath } from "@/lib/modifications/refs";
import { isLookupKey } from "@/lib/validation/text";
import { expectedVersionSchema } from "@/lib/versioning/schemas";

// Each action is bound to the modification's ref (and the consultation's id) by its page, so a
// form carries no modification id to tamper with; the commands check the consultation is that
// modification's.

export async function createConsultationAction(ref: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const outcome = await performMutation(
    consultationFormSchema,
    formData,
    async (actor, fields) => {
      const m = await getModificationByRef(db(), ref);
      const { id } = await createConsultation(db(), actor, { modificationId: m.id, fields });
      return modificationPath(m, "consultations", id);
    },
    formValues(...CONSULTATION_FORM_FIELDS),
  );
  if (!outcome.ok) return outcome.state;
  revalidatePath(outcome.result);
  redirect(`${outcome.result}?saved=created`);
}

export async function updateConsultationAction(ref: string, consultationId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const outcome = await performMutation(
    consultationEditFormSchema,
    formData,
    async (actor, { expectedVersion, ...fields }) => {
      const m = await getModificationByRef(db(), ref);
      await updateConsultation(db(), actor, { modificationId: m.id, consultationId: checkedId(consultationId), expectedVersion, fields });
      return modificationPath(m, "consultations", consultationId);
    },
    formValues(...CONSULTATION_FORM_FIELDS, "expectedVersion"),
  );
  if (!outcome.ok) return outcome.state;
  revalidatePath(outcome.result);
  redirect(`${outcome.result}?saved=updated`);
}

const statusSchema = z.object({ status: z.enum(["OPEN", "CLOSED"]), expectedVersion: expectedVersionSchema });

/** The "Open" and "Close now" buttons: plain forms; a refusal comes back as ?problem=. */
export async function changeConsultationStatusAction(ref: string, consultationId: string, formData: FormData): Promise<void> {
  const page = modificationPath({ draftRef: ref }, "consultations", consultationId);
  const outcome = await performMutation(statusSchema, formData, async (actor, input) => {
    const m = await getModificationByRef(db(), ref);
    return changeConsultationStatus(db(), actor, { modificationId: m.id, consultationId: checkedId(consultationId), ...input });
  });
  revalidatePath(page);
  redirect(outcome.ok ? `${page}?saved=${formData.get("status") === "OPEN" ? "opened" : "closed"}` : `${page}?${await problemQuery(outcome.state)}`);
}

/** The consultation id from the address the page bound: anything that cannot be one is simply not found. */
function checkedId(consultationId: string): string {
  if (!isLookupKey(consultationId, 64)) throw new AppError("NOT_FOUND", "That consultation does not exist.");
  return consultationId;
}
