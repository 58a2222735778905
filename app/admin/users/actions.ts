"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { formValues, performMutation } from "@/lib/actions/perform-mutation";
import type { FormState } from "@/lib/actions/form-state";
import { signOutEverywhere } from "@/lib/auth/sessions";
import { db } from "@/lib/db";
import { createUser } from "@/lib/users/create-user";
import { newUserSchema, userAccessSchema } from "@/lib/users/schemas";
import { updateUserAccess } from "@/lib/users/update-user-access";
import { idSchema } from "@/lib/validation/text";
import { expectedVersionSchema } from "@/lib/versioning/schemas";

const ACCESS_FIELDS = ["role", "committee", "organisationId", "disabled"];

export async function createUserAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const outcome = await performMutation(newUserSchema, formData, (actor, input) => createUser(db(), actor, input), formValues("name", "email", ...ACCESS_FIELDS));
  if (!outcome.ok) return outcome.state;
  revalidatePath("/admin/users");
  redirect(`/admin/users?saved=${outcome.result.id}`);
}

const accessEditSchema = z.intersection(z.object({ userId: idSchema, expectedVersion: expectedVersionSchema }), userAccessSchema);

export async function updateUserAccessAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const outcome = await performMutation(
    accessEditSchema,
    formData,
    (actor, { userId, expectedVersion, ...access }) => updateUserAccess(db(), actor, { userId, expectedVersion, access }),
    formValues(...ACCESS_FIELDS),
  );
  if (!outcome.ok) return outcome.state;
  revalidatePath("/admin/users");
  redirect(`/admin/users?saved=${String(formData.get("userId"))}`);
}

export async function endUserSessionsAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const outcome = await performMutation(z.object({ userId: idSchema }), formData, (actor, { userId }) => signOutEverywhere(db(), actor, userId));
  if (!outcome.ok) return outcome.state;
  const { ended } = outcome.result;
  return { status: "success", message: ended === 0 ? "No session was open." : `Ended ${ended} session${ended === 1 ? "" : "s"}.` };
}
