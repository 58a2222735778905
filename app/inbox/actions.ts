"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { performMutation } from "@/lib/actions/perform-mutation";
import { problemQuery } from "@/lib/actions/problems";
import { db } from "@/lib/db";
import { markAllNotificationsRead } from "@/lib/notifications/mark-all-notifications-read";
import { markNotificationRead } from "@/lib/notifications/mark-notification-read";

// Plain forms (they work without JavaScript); the page binds the notification's id. The
// commands touch only the signed-in user's own rows. Back to the same page of the inbox.
const pageSchema = z.object({ page: z.coerce.number().int().min(1).max(100_000).catch(1) });

export async function markNotificationReadAction(notificationId: string, formData: FormData): Promise<void> {
  const outcome = await performMutation(pageSchema, formData, (actor) => markNotificationRead(db(), actor, { notificationId }));
  back(outcome.ok ? "" : await problemQuery(outcome.state), formData);
}

export async function markAllNotificationsReadAction(formData: FormData): Promise<void> {
  const outcome = await performMutation(pageSchema, formData, (actor) => markAllNotificationsRead(db(), actor));
  back(outcome.ok ? "" : await problemQuery(outcome.state), formData);
}

/** Back to the inbox page the form was on, with the problem query (problemQuery) when there is one. */
function back(problem: string, formData: FormData): never {
  const { page } = pageSchema.parse({ page: formData.get("page") ?? 1 });
  revalidatePath("/inbox");
  const query = [page > 1 ? `page=${page}` : "", problem].filter(Boolean).join("&");
  redirect(query ? `/inbox?${query}` : "/inbox");
}
