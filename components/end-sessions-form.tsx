"use client";

import { useActionState } from "react";
import type { FormState } from "@/lib/actions/form-state";
import { Button } from "./button";
import { FormAlert } from "./form-alert";
import { Notice } from "./notice";

type Props = { action: (state: FormState, formData: FormData) => Promise<FormState>; userId: string; name: string };

/** SECAS ends every session of an account ("sign out everywhere"). Works as a plain form without JavaScript. */
export function EndSessionsForm({ action, userId, name }: Props) {
  const [state, formAction, pending] = useActionState(action, { status: "idle" });
  return (
    <form action={formAction} className="mt-8 max-w-2xl rounded border border-slate-300 bg-white p-6">
      <h2 className="mb-2 text-xl font-bold">Sign out everywhere</h2>
      <p className="mb-4">Ends every session {name} has open, on any browser or device. They can sign in again unless the account is disabled.</p>
      <FormAlert state={state} />
      {state.status === "success" && (
        <Notice tone="success">{state.message}</Notice>
      )}
      <input type="hidden" name="userId" value={userId} />
      <Button disabled={pending}>
        {pending ? "Signing out…" : `Sign ${name} out everywhere`}
      </Button>
    </form>
  );
}
