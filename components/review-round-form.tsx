"use client";

import { useActionState } from "react";
import type { FormState } from "@/lib/actions/form-state";
import { FormAlert } from "./form-alert";
import { FormField } from "./form-field";
import { SelectField } from "./select-field";
import { TextAreaField } from "./textarea-field";
import { WhenFields } from "./when-fields";
import { Button } from "./button";

export type RoundFormStart = Record<"committee" | "title" | "introduction" | "questions" | "opensDate" | "opensTime" | "closesDate" | "closesTime" | "baselineId", string>;

type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  committees: { value: string; label: string }[];
  baselines: { value: string; label: string }[];
  start?: RoundFormStart;
  /** The version the edit started from; absent for a new round. */
  version?: number;
  submitLabel: string;
};

/**
 * Plans a review round or edits a planned one. A plain form (works without JavaScript): questions
 * one per line, the window as London dates and times. After a failed submission the text is kept.
 */
export function ReviewRoundForm({ action, committees, baselines, start, version, submitLabel }: Props) {
  const [state, formAction, pending] = useActionState(action, { status: "idle" });
  const errors = state.fieldErrors ?? {};
  const value = (name: keyof RoundFormStart) => state.values?.[name] ?? start?.[name] ?? "";
  return (
    <form action={formAction} noValidate className="max-w-3xl rounded border border-slate-300 bg-white p-6">
      <FormAlert state={state} />
      {version !== undefined && <input type="hidden" name="expectedVersion" value={state.values?.expectedVersion ?? String(version)} />}
      <SelectField name="committee" label="Committee" options={committees} defaultValue={value("committee")} errors={errors.committee} />
      <FormField name="title" label="Title" autoComplete="off" defaultValue={value("title")} errors={errors.title} />
      <TextAreaField
        name="introduction"
        label="Introduction (optional)"
        hint="Markdown: what the round is for and what reviewers should look at. At most 20,000 characters."
        rows={6}
        defaultValue={value("introduction")}
        errors={errors.introduction}
      />
      <TextAreaField
        name="questions"
        label="Questions (optional)"
        hint="One question per line; they are numbered in this order. At most 20 questions of 1,000 characters each."
        rows={5}
        defaultValue={value("questions")}
        errors={errors.questions}
      />
      <fieldset className="mb-4">
        <legend className="mb-1 font-semibold">Window (London time)</legend>
        <WhenFields prefix="opens" label="Opens" date={value("opensDate")} time={value("opensTime")} errors={errors.opensAt} />
        <WhenFields prefix="closes" label="Closes" date={value("closesDate")} time={value("closesTime")} errors={errors.closesAt} />
      </fieldset>
      <SelectField
        name="baselineId"
        label="Scope"
        hint="The baseline reviewers comment on. If you choose none, the requirements as they stand are frozen as a new baseline when the round opens."
        options={[{ value: "", label: "Freeze the requirements when the round opens" }, ...baselines]}
        defaultValue={value("baselineId")}
        errors={errors.baselineId}
      />
      <Button disabled={pending}>{pending ? "Saving…" : submitLabel}</Button>
    </form>
  );
}
