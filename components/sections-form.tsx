"use client";

import { useActionState } from "react";
import type { FormState } from "@/lib/actions/form-state";
import { Button } from "./button";
import { FormAlert } from "./form-alert";
import { FormField } from "./form-field";
import { TextAreaField } from "./textarea-field";

type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  version: number;
  /** Each section: its field name, label and current text. */
  sections: { name: string; label: string; text: string }[];
};

/** Edits the overview's sections as Markdown. After a refusal (a conflict included) the text typed is kept. */
export function SectionsForm({ action, version, sections }: Props) {
  const [state, formAction, pending] = useActionState(action, { status: "idle" });
  const errors = state.fieldErrors ?? {};
  return (
    <form action={formAction} noValidate className="max-w-4xl rounded border border-slate-300 bg-white p-6">
      <FormAlert state={state} />
      <input type="hidden" name="expectedVersion" value={state.values?.expectedVersion ?? String(version)} />
      {sections.map((s) => (
        <TextAreaField key={s.name} name={s.name} label={s.label} rows={s.name === "summary" ? 3 : 8} code defaultValue={state.values?.[s.name] ?? s.text} errors={errors[s.name]} />
      ))}
      <FormField name="changeNote" label="Change note" hint="What changed and why, kept with each new version." autoComplete="off" defaultValue={state.values?.changeNote ?? ""} errors={errors.changeNote} />
      <Button disabled={pending}>{pending ? "Saving…" : "Save sections"}</Button>
    </form>
  );
}
