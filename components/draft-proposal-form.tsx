"use client";

import { useActionState } from "react";
import type { FormState } from "@/lib/actions/form-state";
import { Button } from "./button";
import { CheckboxField } from "./checkbox-field";
import { FormAlert } from "./form-alert";
import { FormField } from "./form-field";
import { SelectField } from "./select-field";
import { TextAreaField } from "./textarea-field";

type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  proposers: { value: string; label: string }[];
  paths: { value: string; label: string }[];
  /** The number taken if the field is left empty, e.g. 164. */
  nextNumber: number;
  today: string;
};

/** Raises a Draft Proposal. A plain form (works without JavaScript); after a refusal the text is kept. */
export function DraftProposalForm({ action, proposers, paths, nextNumber, today }: Props) {
  const [state, formAction, pending] = useActionState(action, { status: "idle" });
  const errors = state.fieldErrors ?? {};
  const value = (name: string, fallback = "") => state.values?.[name] ?? fallback;
  return (
    <form action={formAction} noValidate className="max-w-3xl rounded border border-slate-300 bg-white p-6">
      <FormAlert state={state} />
      <FormField
        name="number"
        label="Draft Proposal number (optional)"
        hint={`Leave empty for the next free number, DP${nextNumber}.`}
        inputMode="numeric"
        autoComplete="off"
        defaultValue={value("number")}
        errors={errors.number}
      />
      <FormField name="title" label="Title" autoComplete="off" defaultValue={value("title")} errors={errors.title} />
      {/* Keyed by the value kept: React applies a select's (or checkbox's) default only when it mounts. */}
      <SelectField
        key={`proposer-${value("proposerId")}`}
        name="proposerId"
        label="Proposer organisation"
        options={[{ value: "", label: "Choose an organisation" }, ...proposers]}
        defaultValue={value("proposerId")}
        errors={errors.proposerId}
      />
      <TextAreaField name="issue" label="Issue statement" hint="Markdown: what the problem is and why it matters." rows={8} code defaultValue={value("issue")} errors={errors.issue} />
      <SelectField key={`path-${value("path")}`} name="path" label="Path" options={[{ value: "", label: "Not yet decided" }, ...paths]} defaultValue={value("path")} errors={errors.path} />
      <CheckboxField key={`urgent-${value("urgent")}`} name="urgent" label="Urgent" defaultChecked={value("urgent") === "on"} />
      <FormField name="raisedOn" label="Date raised" type="date" defaultValue={value("raisedOn", today)} errors={errors.raisedOn} />
      <Button disabled={pending}>{pending ? "Raising…" : "Raise Draft Proposal"}</Button>
    </form>
  );
}
