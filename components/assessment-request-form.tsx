"use client";

import { useActionState } from "react";
import type { FormState } from "@/lib/actions/form-state";
import { Button } from "./button";
import { FormAlert } from "./form-alert";
import { FormField } from "./form-field";
import { SelectField } from "./select-field";
import { TextAreaField } from "./textarea-field";

type Option = { value: string; label: string };

/** SECAS asks the DCC for an assessment. A plain form (works without JavaScript); the text is kept after a refusal. */
export function AssessmentRequestForm({ action, kinds, baselines }: { action: (state: FormState, formData: FormData) => Promise<FormState>; kinds: Option[]; baselines: Option[] }) {
  const [state, formAction, pending] = useActionState(action, { status: "idle" });
  const errors = state.fieldErrors ?? {};
  const value = (name: string) => state.values?.[name] ?? "";
  return (
    <form action={formAction} noValidate className="max-w-3xl rounded border border-slate-300 bg-white p-6">
      <FormAlert state={state} />
      <SelectField key={`kind-${value("kind")}`} name="kind" label="Assessment" options={kinds} defaultValue={value("kind") || kinds[0]?.value} errors={errors.kind} />
      <SelectField
        key={`baseline-${value("baselineId")}`}
        name="baselineId"
        label="Baseline to assess"
        hint="The frozen set of requirements the DCC assesses. Freeze a new baseline first if the requirements have moved on."
        options={[{ value: "", label: "Choose a baseline" }, ...baselines]}
        defaultValue={value("baselineId")}
        errors={errors.baselineId}
      />
      <FormField name="dueOn" label="Due on" type="date" defaultValue={value("dueOn")} errors={errors.dueOn} />
      <TextAreaField
        name="request"
        label="What the DCC is asked (optional)"
        hint="Markdown. At most 20,000 characters."
        rows={5}
        defaultValue={value("request")}
        errors={errors.request}
      />
      <Button disabled={pending}>{pending ? "Sending…" : "Request the assessment"}</Button>
    </form>
  );
}
