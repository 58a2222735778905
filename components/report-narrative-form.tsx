"use client";

import { useActionState } from "react";
import type { FormState } from "@/lib/actions/form-state";
import { Button } from "./button";
import { FormAlert } from "./form-alert";
import { TextAreaField } from "./textarea-field";

type Section = { key: string; heading: string; text: string };

/** The narrative sections of a draft report, in Markdown, saved together at the version the form was opened at. */
export function ReportNarrativeForm({
  action,
  version,
  sections,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  version: number;
  sections: Section[];
}) {
  const [state, formAction, pending] = useActionState(action, { status: "idle" });
  const errors = state.fieldErrors ?? {};
  return (
    <form action={formAction} noValidate className="grid max-w-4xl gap-2 rounded border border-slate-300 bg-white p-6">
      <FormAlert state={state} />
      <input type="hidden" name="expectedVersion" value={state.values?.expectedVersion ?? version} />
      {sections.map((s) => (
        <TextAreaField key={s.key} name={s.key} label={s.heading} hint="Markdown." rows={8} code defaultValue={state.values?.[s.key] ?? s.text} errors={errors[s.key]} />
      ))}
      <div>
        <Button disabled={pending}>{pending ? "Saving…" : "Save the narrative"}</Button>
      </div>
    </form>
  );
}
