"use client";

import { useActionState, useState } from "react";
import type { FormState } from "@/lib/actions/form-state";
import { diffText, sides } from "@/lib/requirements/diff";
import type { ConflictDetails } from "@/lib/requirements/save-requirement-version";
import { Button } from "./button";
import { FormAlert } from "./form-alert";
import { FormField } from "./form-field";
import { Markdown } from "./markdown";
import { SideBySideRedline } from "./redline";
import { SelectField } from "./select-field";
import { TextAreaField } from "./textarea-field";

type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  areas: { id: string; title: string }[];
  /** The requirement as the editor opened it; absent when creating. */
  start?: { areaId: string; title: string; body: string; version: number };
  submitLabel: string;
  /** Editing: the open threads on this requirement, to tick those the change addresses; `ticked` starts ticked (a carried suggestion). */
  openThreads?: { id: string; number: number; summary: string }[];
  ticked?: string[];
  /** A change note to start from (a carried suggestion names its thread). */
  startNote?: string;
};

const isConflict = (details: unknown): details is ConflictDetails => typeof details === "object" && details !== null && "version" in details && "body" in details;

/**
 * Creates or edits a requirement. "Preview" renders the Markdown on the server (works without
 * JavaScript); with JavaScript the preview follows the typing. After a conflict the other person's
 * version is shown beside the editor's text, which is kept, and saving again applies it on top of theirs.
 */
export function RequirementForm({ action, areas, start, submitLabel, openThreads = [], ticked = [], startNote }: Props) {
  const [state, formAction, pending] = useActionState(action, { status: "idle" });
  const values = state.values ?? {};
  const [body, setBody] = useState<string | null>(null);
  const conflict = isConflict(state.details) ? state.details : null;
  const currentBody = body ?? values.body ?? start?.body ?? "";
  const expectedVersion = conflict ? String(conflict.version) : (values.expectedVersion ?? String(start?.version ?? ""));
  const errors = state.fieldErrors ?? {};

  return (
    <form action={formAction} noValidate className="space-y-2">
      <FormAlert state={state} />
      {conflict && <ConflictView theirs={conflict} yours={{ title: values.title ?? "", body: values.body ?? "" }} areas={areas} />}
      {start && <input type="hidden" name="expectedVersion" value={expectedVersion} />}
      <div className="rounded border border-slate-300 bg-white p-6">
        <SelectField name="areaId" label="Area" options={areas.map((a) => ({ value: a.id, label: a.title }))} defaultValue={values.areaId ?? start?.areaId} errors={errors.areaId} />
        <FormField name="title" label="Title" defaultValue={values.title ?? start?.title} errors={errors.title} />
        <TextAreaField
          code
          name="body"
          label="Requirement text"
          hint="Markdown: **bold**, *italic*, lists with -, tables with |."
          rows={12}
          defaultValue={currentBody}
          onChange={(e) => setBody(e.target.value)}
          errors={errors.body}
        />
        <FormField name="changeNote" label={start ? "What changed and why" : "Change note (optional)"} defaultValue={values.changeNote ?? startNote} errors={errors.changeNote} />
        {openThreads.length > 0 && (
          <fieldset className="mb-4">
            <legend className="mb-1 font-semibold">This change addresses (the threads stay open until resolved)</legend>
            {errors.addresses && <p className="mb-1 text-sm font-semibold text-red-800">{errors.addresses.join(" ")}</p>}
            {/* Scrolls on its own past a screenful, so a requirement with many open threads keeps the buttons in reach. */}
            <div className="max-h-96 overflow-y-auto">
              {openThreads.map((t) => (
                <div key={t.id} className="mb-1 flex items-start gap-2">
                  <input
                    id={`addresses-${t.number}`}
                    name="addresses"
                    type="checkbox"
                    value={t.id}
                    className="mt-1 h-5 w-5"
                    defaultChecked={values.addresses !== undefined ? values.addresses.split(",").includes(t.id) : ticked.includes(t.id)}
                  />
                  <label htmlFor={`addresses-${t.number}`}>
                    <span className="font-semibold">C-{t.number}</span> {t.summary}
                  </label>
                </div>
              ))}
            </div>
          </fieldset>
        )}
        <div className="flex flex-wrap gap-3 pt-2">
          <Button name="intent" value="save" disabled={pending}>
            {pending ? "Saving…" : conflict ? "Save my text on top of theirs" : submitLabel}
          </Button>
          <Button variant="secondary" name="intent" value="preview" disabled={pending}>
            Preview
          </Button>
        </div>
      </div>
      {(state.preview || body !== null) && (
        <section aria-labelledby="preview-heading" className="rounded border border-dashed border-slate-400 bg-white p-6">
          <h2 id="preview-heading" className="mb-2 text-xl font-bold">Preview</h2>
          <Markdown>{currentBody}</Markdown>
        </section>
      )}
    </form>
  );
}

function ConflictView({ theirs, yours, areas }: { theirs: ConflictDetails; yours: { title: string; body: string }; areas: { id: string; title: string }[] }) {
  const body = sides(diffText(theirs.body, yours.body));
  const area = areas.find((a) => a.id === theirs.areaId)?.title;
  return (
    <section aria-labelledby="conflict-heading" className="rounded border-2 border-amber-600 bg-amber-50 p-4">
      <h2 id="conflict-heading" className="mb-2 text-xl font-bold">Their version {theirs.version} and your text</h2>
      <p className="mb-3">
        Saved by {theirs.author}
        {theirs.savedAt && <> at <time dateTime={theirs.savedAt}>{new Date(theirs.savedAt).toLocaleString("en-GB", { timeZone: "Europe/London" })}</time></>}: title
        &ldquo;{theirs.title}&rdquo;{area ? `, area ${area}` : ""}. Your title: &ldquo;{yours.title}&rdquo;.
      </p>
      <SideBySideRedline before={body.before} after={body.after} beforeLabel={`Their version ${theirs.version}`} afterLabel="Your text (not saved yet)" />
    </section>
  );
}
