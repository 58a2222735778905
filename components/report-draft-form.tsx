"use client";

import { useActionState } from "react";
import type { FormState } from "@/lib/actions/form-state";
import { Button } from "./button";
import { FormAlert } from "./form-alert";
import { FormField } from "./form-field";
import { Notice } from "./notice";
import { SelectField } from "./select-field";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;
export type BaselineOption = { value: string; label: string };

const NO_BASELINE = { value: "", label: "No baseline: no business requirements yet" };

/** Starts the next version of a report: its number and the baseline whose requirements it sets out. Works without JavaScript. */
export function ReportDraftForm({ action, nextNumber, baselines }: { action: Action; nextNumber: string; baselines: BaselineOption[] }) {
  const [state, formAction, pending] = useActionState(action, { status: "idle" });
  const errors = state.fieldErrors ?? {};
  return (
    <form action={formAction} noValidate className="max-w-2xl rounded border border-slate-300 bg-white p-6">
      <FormAlert state={state} />
      <FormField
        name="number"
        label="Version"
        hint="Two numbers with a dot: 0.2 after 0.1 in refinement, 1.0 for the Report Phase. It can only go up."
        autoComplete="off"
        defaultValue={state.values?.number ?? nextNumber}
        errors={errors.number}
      />
      <SelectField
        name="baselineId"
        label="Business requirements at baseline"
        options={[NO_BASELINE, ...baselines]}
        defaultValue={state.values?.baselineId ?? baselines[0]?.value ?? ""}
        errors={errors.baselineId}
      />
      <Button disabled={pending}>{pending ? "Drafting…" : "Draft this version"}</Button>
    </form>
  );
}

/** Reads the generated sections again from the data now, optionally at another baseline. */
export function ReportRefreshForm({ action, version, baselineId, baselines }: { action: Action; version: number; baselineId: string | null; baselines: BaselineOption[] }) {
  const [state, formAction, pending] = useActionState(action, { status: "idle" });
  return (
    <form action={formAction} noValidate aria-labelledby="refresh-heading" className="rounded border border-slate-300 bg-white p-4">
      <h2 id="refresh-heading" className="mb-2 text-xl font-bold">Refresh the generated sections</h2>
      <p className="mb-3 text-sm text-slate-700">Reads requirements, impacts, reviews, consultations and the timeline again, as they stand now.</p>
      <FormAlert state={state} />
      <input type="hidden" name="expectedVersion" value={version} />
      <SelectField name="baselineId" label="Business requirements at baseline" options={[NO_BASELINE, ...baselines]} defaultValue={baselineId ?? ""} errors={state.fieldErrors?.baselineId} />
      <Button disabled={pending}>{pending ? "Refreshing…" : "Refresh"}</Button>
    </form>
  );
}

/** Publishes the draft as shown: refused, with every reason listed, while something blocks it. */
export function ReportPublishForm({ action, version, number }: { action: Action; version: number; number: string }) {
  const [state, formAction, pending] = useActionState(action, { status: "idle" });
  const reasons = (state.details as { reasons?: string[] } | undefined)?.reasons;
  return (
    <form action={formAction} noValidate aria-labelledby="publish-heading" className="rounded border border-slate-300 bg-white p-4">
      <h2 id="publish-heading" className="mb-2 text-xl font-bold">Publish v{number}</h2>
      <p className="mb-3 text-sm text-slate-700">
        Freezes this version as shown: its HTML, PDF and DOCX are stored with their SHA-256 and never change. Anyone can then read it.
      </p>
      {reasons ? (
        <Notice tone="error">
          <p className="font-semibold">v{number} cannot be published yet:</p>
          <ul className="list-disc pl-6">
            {reasons.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
        </Notice>
      ) : (
        <FormAlert state={state} />
      )}
      <input type="hidden" name="expectedVersion" value={version} />
      <Button disabled={pending}>{pending ? "Publishing…" : `Publish v${number}`}</Button>
    </form>
  );
}
