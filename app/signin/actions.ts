"use server";

import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/current-user";
import { CLIENT_ADDRESS_HEADER, clientAddressBucket } from "@/lib/auth/client-address";
import { safeReturnPath } from "@/lib/auth/return-path";
import { endSession, signOutEverywhere, startSession } from "@/lib/auth/sessions";
import { sessionCookie } from "@/lib/auth/session-token";
import { credentialsSchema, signInWithPassword } from "@/lib/auth/sign-in-with-password";
import { errorState, parseForm, type FormState } from "@/lib/actions/form-state";
import { db } from "@/lib/db";

export async function signInAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = { email: String(formData.get("email") ?? "") };
  const form = parseForm(credentialsSchema, formData);
  if (!form.ok) return { ...form.state, values };
  const clientAddress = clientAddressBucket((await headers()).get(CLIENT_ADDRESS_HEADER));
  let token;
  try {
    const user = await signInWithPassword(db(), form.data, { clientAddress });
    if (!user) return { status: "error", message: "That email and password do not match an active account.", values };
    token = await startSession(db(), user.id);
  } catch (error) {
    return { ...errorState(error), values };
  }
  const { name, options } = sessionCookie();
  (await cookies()).set(name, token, options);
  redirect(safeReturnPath(formData.get("callbackUrl")));
}

/** Ends this browser's session on the server too, so a copy of the cookie stops working. */
export async function signOutAction(): Promise<void> {
  const jar = await cookies();
  const { name } = sessionCookie();
  await endSession(db(), jar.get(name)?.value);
  jar.delete(name);
  redirect("/signin?signedOut=1");
}

/** Ends every session of the signed-in user, this one included. */
export async function signOutEverywhereAction(): Promise<void> {
  const user = await getCurrentUser();
  try {
    if (user) await signOutEverywhere(db(), user, user.id);
  } finally {
    (await cookies()).delete(sessionCookie().name); // this browser is signed out even if the database failed
  }
  redirect("/signin?signedOut=everywhere");
}
