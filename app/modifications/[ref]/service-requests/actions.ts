"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formValues, performMutation } from "@/lib/actions/perform-mutation";
import type { FormState } from "@/lib/actions/form-state";
import { db } from "@/lib/db";
import { serviceRequestEditSchema, updateServiceRequest } from "@/lib/service-requests/update-service-request";
import { idSchema } from "@/lib/validation/text";

export async function updateServiceRequestAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const outcome = await performMutation(
    serviceRequestEditSchema.extend({ serviceRequestId: idSchema }),
    formData,
    (actor, { serviceRequestId, ...edit }) => updateServiceRequest(db(), actor, { serviceRequestId, edit }),
    formValues("eligibleForMdr", "illustrative", "targetResponseTime", "testingScenario", "changeNote"),
  );
  if (!outcome.ok) return outcome.state;
  const matrix = `/modifications/${String(formData.get("modificationRef"))}/service-requests`;
  revalidatePath(matrix);
  redirect(`${matrix}?saved=${encodeURIComponent(String(formData.get("number")))}#sr-${String(formData.get("number"))}`);
}
