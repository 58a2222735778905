"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formValues, performMutation } from "@/lib/actions/perform-mutation";
import type { FormState } from "@/lib/actions/form-state";
import { createBaseline } from "@/lib/baselines/create-baseline";
import { baselineFormSchema } from "@/lib/baselines/schemas";
import { db } from "@/lib/db";
import { getModificationByRef } from "@/lib/modifications/get-modification";
import { modificationPath } from "@/lib/modifications/refs";

/** Bound to the modification's ref by the page, so the form carries no modification id to tamper with. */
export async function createBaselineAction(ref: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const outcome = await performMutation(
    baselineFormSchema,
    formData,
    async (actor, input) => {
      const m = await getModificationByRef(db(), ref);
      const { id } = await createBaseline(db(), actor, { ...input, modificationId: m.id });
      return { id, list: modificationPath(m, "baselines") };
    },
    formValues("name", "description"),
  );
  if (!outcome.ok) return outcome.state;
  revalidatePath(outcome.result.list);
  redirect(`${outcome.result.list}?saved=${outcome.result.id}`);
}
