"use client";

import { useActionState } from "react";
import type { FormState } from "@/lib/actions/form-state";
import { Button } from "./button";
import { FormAlert } from "./form-alert";
import { FormField } from "./form-field";
import { SelectField } from "./select-field";

type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  hidden: Record<string, string>;
  /** The statuses this user may move the requirement to, already filtered by the permission matrix. */
  options: { value: string; label: string }[];
};

export function StatusChangeForm({ action, hidden, options }: Props) {
  const [state, formAction, pending] = useActionState(action, { status: "idle" });
  return (
    <form action={formAction} noValidate className="bg-white p-4">
      <h2 className="mb-2 text-xl font-bold">Change status</h2>
      <FormAlert state={state} />
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <SelectField name="status" label="New status" options={options} defaultValue={state.values?.status} errors={state.fieldErrors?.status} />
      <FormField name="reason" label="Reason, or the meeting that decided it" defaultValue={state.values?.reason} errors={state.fieldErrors?.reason} />
      <Button disabled={pending}>
        {pending ? "Saving…" : "Change status"}
      </Button>
    </form>
  );
}
