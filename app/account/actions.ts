"use server";

import { redirect } from "next/navigation";
import { performMutation } from "@/lib/actions/perform-mutation";
import { problemQuery } from "@/lib/actions/problems";
import { db } from "@/lib/db";
import { notificationPreferenceSchema, updateNotificationPreference } from "@/lib/notifications/update-notification-preference";

/** The email preference form on /account: a plain form; the command changes the signed-in user's own account only. */
export async function updateNotificationPreferenceAction(formData: FormData): Promise<void> {
  const outcome = await performMutation(notificationPreferenceSchema, formData, (actor, input) => updateNotificationPreference(db(), actor, input));
  redirect(outcome.ok ? "/account?saved=preference" : `/account?${await problemQuery(outcome.state)}`);
}
