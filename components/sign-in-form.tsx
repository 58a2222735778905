"use client";

import { useActionState } from "react";
import type { FormState } from "@/lib/actions/form-state";
import { Button } from "./button";
import { FormAlert } from "./form-alert";
import { FormField } from "./form-field";

type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  callbackUrl: string;
};

/** Posts as a plain form without JavaScript; with it, errors appear without a page load. */
export function SignInForm({ action, callbackUrl }: Props) {
  const [state, formAction, pending] = useActionState(action, { status: "idle" });
  return (
    <form action={formAction} noValidate className="rounded border border-slate-300 bg-white p-6">
      <FormAlert state={state} />
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <FormField
        name="email"
        label="Email"
        type="email"
        autoComplete="username"
        required
        defaultValue={state.values?.email}
        errors={state.fieldErrors?.email}
      />
      <FormField name="password" label="Password" type="password" autoComplete="current-password" required errors={state.fieldErrors?.password} />
      <Button disabled={pending}>
        {pending ? "Signing in…" : "Sign in"}
      </Button>
    </form>
  );
}
