"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formValues, performMutation } from "@/lib/actions/perform-mutation";
import type { FormState } from "@/lib/actions/form-state";
import { db } from "@/lib/db";
import { getModificationByRef } from "@/lib/modifications/get-modification";
import { modificationPath } from "@/lib/modifications/refs";
import { serviceRequestEditSchema, updateServiceRequest } from "@/lib/service-requests/update-service-request";

/**
 * Bound by the edit page to the modification's ref and the row (its id, and its number for the
 * anchor to come back to): the modification is resolved from the ref, and the command refuses a
 * Service Request that is not that modification's.
 */
export async function updateServiceRequestAction(
  ref: string,
  serviceRequest: { id: string; number: string },
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const outcome = await performMutation(
    serviceRequestEditSchema,
    formData,
    async (actor, edit) => {
      const m = await getModificationByRef(db(), ref);
      await updateServiceRequest(db(), actor, { modificationId: m.id, serviceRequestId: serviceRequest.id, edit });
      return modificationPath(m, "service-requests");
    },
    formValues("eligibleForMdr", "illustrative", "targetResponseTime", "testingScenario", "changeNote"),
  );
  if (!outcome.ok) return outcome.state;
  revalidatePath(outcome.result);
  const number = encodeURIComponent(String(serviceRequest.number));
  redirect(`${outcome.result}?saved=${number}#sr-${number}`);
}
