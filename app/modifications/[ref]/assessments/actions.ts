"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formValues, performMutation } from "@/lib/actions/perform-mutation";
import type { FormState } from "@/lib/actions/form-state";
import { recordAssessmentVersion } from "@/lib/assessments/record-assessment-version";
import { requestAssessment } from "@/lib/assessments/request-assessment";
import { assessmentVersionFormSchema, REQUEST_FORM_FIELDS, requestAssessmentSchema, VERSION_FORM_FIELDS, type AssessmentVersionInput, type RequestAssessmentInput } from "@/lib/assessments/schemas";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { getModificationByRef } from "@/lib/modifications/get-modification";
import { modificationPath } from "@/lib/modifications/refs";
import { isLookupKey } from "@/lib/validation/text";

// Bound to the modification's ref (and the assessment's id) by the page: the form carries no
// modification id to tamper with; the commands load the assessment WHERE id AND modificationId.
// The form's strings go to the command as typed: the command parses them (the schema here only
// refuses early, with the same messages).

const raw = (formData: FormData, names: string[]) => Object.fromEntries(names.map((n) => [n, String(formData.get(n) ?? "")]));

export async function requestAssessmentAction(ref: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const outcome = await performMutation(
    requestAssessmentSchema,
    formData,
    async (actor) => {
      const m = await getModificationByRef(db(), ref);
      const { id } = await requestAssessment(db(), actor, { modificationId: m.id, fields: raw(formData, REQUEST_FORM_FIELDS) as RequestAssessmentInput });
      return modificationPath(m, "assessments", id);
    },
    formValues(...REQUEST_FORM_FIELDS),
  );
  if (!outcome.ok) return outcome.state;
  revalidatePath(outcome.result);
  redirect(`${outcome.result}?saved=requested`);
}

export async function recordAssessmentVersionAction(ref: string, assessmentId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const outcome = await performMutation(
    assessmentVersionFormSchema,
    formData,
    async (actor, { expectedVersion }) => {
      const m = await getModificationByRef(db(), ref);
      await recordAssessmentVersion(db(), actor, { modificationId: m.id, assessmentId: checkedId(assessmentId), expectedVersion, fields: raw(formData, VERSION_FORM_FIELDS) as AssessmentVersionInput });
      return { page: modificationPath(m, "assessments", assessmentId), overview: modificationPath(m) };
    },
    formValues(...VERSION_FORM_FIELDS, "expectedVersion"),
  );
  if (!outcome.ok) return outcome.state;
  revalidatePath(outcome.result.page);
  revalidatePath(outcome.result.overview);
  redirect(`${outcome.result.page}?saved=recorded`);
}

function checkedId(id: string): string {
  if (!isLookupKey(id, 64)) throw new AppError("NOT_FOUND", "There is no such assessment.");
  return id;
}
