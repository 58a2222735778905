"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { createSessionToken, sessionCookie } from "@/lib/auth/session-token";
import { credentialsSchema, signInWithPassword } from "@/lib/auth/sign-in-with-password";
import { safeReturnPath } from "@/lib/auth/return-path";
import { errorState, parseForm, type FormState } from "@/lib/actions/form-state";
import { db } from "@/lib/db";

export async function signInAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = { email: String(formData.get("email") ?? "") };
  const form = parseForm(credentialsSchema, formData);
  if (!form.ok) return { ...form.state, values };
  let user;
  try {
    user = await signInWithPassword(db(), form.data);
  } catch (error) {
    return { ...errorState(error), values };
  }
  if (!user) return { status: "error", message: "That email and password do not match an active account.", values };
  const { name, options } = sessionCookie();
  (await cookies()).set(name, await createSessionToken(user.id), options);
  redirect(safeReturnPath(formData.get("callbackUrl")));
}

export async function signOutAction(): Promise<void> {
  (await cookies()).delete(sessionCookie().name);
  redirect("/signin?signedOut=1");
}
