"use client";

import { useActionState } from "react";
import type { FormState } from "@/lib/actions/form-state";
import { Button } from "./button";
import { FormAlert } from "./form-alert";
import { FormField } from "./form-field";
import { SelectField } from "./select-field";

const KINDS = [
  { value: "SEC_SECTION", label: "SEC section (e.g. Section H, Appendix E)" },
  { value: "SERVICE_REQUEST", label: "Service Request (e.g. 4.8.1)" },
  { value: "REQUIREMENT", label: "Another requirement (e.g. BR-02)" },
  { value: "TOM_ITEM", label: "TOM item" },
];

export function AddLinkForm({ action, hidden }: { action: (state: FormState, formData: FormData) => Promise<FormState>; hidden: Record<string, string> }) {
  const [state, formAction, pending] = useActionState(action, { status: "idle" });
  return (
    <form action={formAction} noValidate className="bg-white p-4">
      <h2 className="mb-2 text-xl font-bold">Add a link</h2>
      <FormAlert state={state} />
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <SelectField name="kind" label="Link to" options={KINDS} defaultValue={state.values?.kind} errors={state.fieldErrors?.kind} />
      <FormField name="target" label="Target" defaultValue={state.values?.target} errors={state.fieldErrors?.target} />
      <FormField name="note" label="Note (optional)" defaultValue={state.values?.note} errors={state.fieldErrors?.note} />
      <Button disabled={pending}>
        {pending ? "Adding…" : "Add link"}
      </Button>
    </form>
  );
}
