"use client";

import { useActionState } from "react";
import type { FormState } from "@/lib/actions/form-state";
import { Button } from "./button";
import { CONTROL_CLASS, Field } from "./field";
import { FormAlert } from "./form-alert";
import { SelectField } from "./select-field";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

/*
 * SECAS's controls on a modification's overview: record the Panel's conversion, move the stage,
 * attach a document. Plain forms (they work without JavaScript); a refusal comes back next to the
 * form with what was typed kept (selects keyed by their kept value: React applies a select's
 * default only when it mounts). Ids are prefixed: several forms on one page ask for a meeting.
 */

export function ConvertForm({ action, version, proposalRef, today }: { action: Action; version: number; proposalRef: string; today: string }) {
  const [state, formAction, pending] = useActionState(action, { status: "idle" });
  const errors = state.fieldErrors ?? {};
  return (
    <form action={formAction} noValidate aria-labelledby="convert-heading" className="rounded border border-slate-300 bg-white p-4">
      <h3 id="convert-heading" className="mb-2 font-bold">Convert to {proposalRef}</h3>
      <FormAlert state={state} />
      <input type="hidden" name="expectedVersion" value={String(version)} />
      <Input id="convert-decidedOn" name="decidedOn" label="Panel decision on" type="date" defaultValue={state.values?.decidedOn ?? today} errors={errors.decidedOn} />
      <Input id="convert-meeting" name="meeting" label="Meeting" hint="e.g. SEC Panel, 12 December 2026" defaultValue={state.values?.meeting ?? ""} errors={errors.meeting} />
      <Button disabled={pending}>{pending ? "Converting…" : `Convert to ${proposalRef}`}</Button>
    </form>
  );
}

export function MoveStageForm({ action, version, stages, today }: { action: Action; version: number; stages: { value: string; label: string }[]; today: string }) {
  const [state, formAction, pending] = useActionState(action, { status: "idle" });
  const errors = state.fieldErrors ?? {};
  return (
    <form action={formAction} noValidate aria-labelledby="move-heading" className="rounded border border-slate-300 bg-white p-4">
      <h3 id="move-heading" className="mb-2 font-bold">Move stage</h3>
      <FormAlert state={state} />
      <input type="hidden" name="expectedVersion" value={String(version)} />
      <SelectField key={`stage-${state.values?.stage}`} id="move-stage" name="stage" label="New stage" options={stages} defaultValue={state.values?.stage} errors={errors.stage} />
      <Input id="move-movedOn" name="movedOn" label="Decided on" type="date" defaultValue={state.values?.movedOn ?? today} errors={errors.movedOn} />
      <Input id="move-meeting" name="meeting" label="Meeting" hint="e.g. Change Sub-Committee, 3 March 2027" defaultValue={state.values?.meeting ?? ""} errors={errors.meeting} />
      <Button disabled={pending}>{pending ? "Moving…" : "Move stage"}</Button>
    </form>
  );
}

export function DocumentUploadForm({ action, kinds, accept, acceptText, today }: { action: Action; kinds: { value: string; label: string }[]; accept: string; acceptText: string; today: string }) {
  const [state, formAction, pending] = useActionState(action, { status: "idle" });
  const errors = state.fieldErrors ?? {};
  return (
    <form action={formAction} noValidate aria-labelledby="upload-heading" className="rounded border border-slate-300 bg-white p-4">
      <h3 id="upload-heading" className="mb-2 font-bold">Attach a document</h3>
      <FormAlert state={state} />
      <SelectField key={`kind-${state.values?.kind}`} id="doc-kind" name="kind" label="Kind" options={kinds} defaultValue={state.values?.kind} errors={errors.kind} />
      <Input id="doc-title" name="title" label="Document title" defaultValue={state.values?.title ?? ""} errors={errors.title} />
      <Input id="doc-publishedOn" name="publishedOn" label="Published on" type="date" defaultValue={state.values?.publishedOn ?? today} errors={errors.publishedOn} />
      <Input id="doc-note" name="note" label="Note (optional)" defaultValue={state.values?.note ?? ""} errors={errors.note} />
      <Input id="doc-file" name="file" label="File" hint={`${acceptText}; at most 10 MB.`} type="file" accept={accept} errors={errors.file} />
      <Button disabled={pending}>{pending ? "Uploading…" : "Attach document"}</Button>
    </form>
  );
}

function Input({ id, name, label, hint, errors, ...input }: { id: string; name: string; label: string; hint?: string; errors?: string[] } & React.InputHTMLAttributes<HTMLInputElement>) {
  return (
    <Field id={id} name={name} label={label} hint={hint} errors={errors}>
      {(control) => <input {...control} {...input} className={input.type === "file" ? "block" : CONTROL_CLASS} />}
    </Field>
  );
}
