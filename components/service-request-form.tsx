"use client";

import { useActionState } from "react";
import type { FormState } from "@/lib/actions/form-state";
import { Button } from "./button";
import { CheckboxField } from "./checkbox-field";
import { FormAlert } from "./form-alert";
import { FormField } from "./form-field";
import { TextAreaField } from "./textarea-field";

type Row = { eligibleForMdr: boolean; illustrative: boolean; targetResponseTime: string; testingScenario: string };

export function ServiceRequestForm({ action, hidden, row }: { action: (state: FormState, formData: FormData) => Promise<FormState>; hidden: Record<string, string>; row: Row }) {
  const [state, formAction, pending] = useActionState(action, { status: "idle" });
  const v = state.values;
  const errors = state.fieldErrors ?? {};
  const checked = (name: "eligibleForMdr" | "illustrative") => (v ? v[name] === "on" : row[name]);
  return (
    <form action={formAction} noValidate className="max-w-3xl rounded border border-slate-300 bg-white p-6">
      <FormAlert state={state} />
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {(
        [
          ["eligibleForMdr", "Eligible for the MDR User Role"],
          ["illustrative", "Illustrative (no source confirms these values yet)"],
        ] as const
      ).map(([name, label]) => (
        <CheckboxField key={name} name={name} label={label} defaultChecked={checked(name)} />
      ))}
      <FormField name="targetResponseTime" label="Target Response Time" defaultValue={v?.targetResponseTime ?? row.targetResponseTime} errors={errors.targetResponseTime} />
      <TextAreaField code name="testingScenario" label="Testing scenario" rows={4} defaultValue={v?.testingScenario ?? row.testingScenario} errors={errors.testingScenario} />
      <FormField name="changeNote" label="What changed and why" defaultValue={v?.changeNote} errors={errors.changeNote} />
      <Button disabled={pending}>
        {pending ? "Saving…" : "Save changes"}
      </Button>
    </form>
  );
}
