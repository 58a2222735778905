"use client";

import { useActionState } from "react";
import type { FormState } from "@/lib/actions/form-state";
import { Button } from "./button";
import { FormAlert } from "./form-alert";
import { FormField } from "./form-field";
import { TextAreaField } from "./textarea-field";

/** Freezes the current requirements under a name. Works as a plain form without JavaScript. */
export function BaselineForm({ action }: { action: (state: FormState, formData: FormData) => Promise<FormState> }) {
  const [state, formAction, pending] = useActionState(action, { status: "idle" });
  const errors = state.fieldErrors ?? {};
  return (
    <form action={formAction} noValidate aria-labelledby="freeze-heading" className="mb-8 max-w-2xl rounded border border-slate-300 bg-white p-6">
      <h2 id="freeze-heading" className="mb-2 text-2xl font-bold">Freeze a baseline</h2>
      <p className="mb-4 text-slate-700">Records the current version of every requirement under a name. A baseline never changes afterwards.</p>
      <FormAlert state={state} />
      <FormField name="name" label="Name" placeholder="Business Requirements v0.1" autoComplete="off" defaultValue={state.values?.name} errors={errors.name} />
      <TextAreaField
        name="description"
        label="Description (optional)"
        hint="What it is for, e.g. the consultation or review round it goes to."
        rows={3}
        defaultValue={state.values?.description}
        errors={errors.description}
      />
      <Button disabled={pending}>
        {pending ? "Freezing…" : "Freeze baseline"}
      </Button>
    </form>
  );
}
