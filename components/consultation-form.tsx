"use client";

import { useActionState } from "react";
import type { FormState } from "@/lib/actions/form-state";
import { FormAlert } from "./form-alert";
import { FormField } from "./form-field";
import { SelectField } from "./select-field";
import { TextAreaField } from "./textarea-field";
import { WhenFields } from "./when-fields";
import { Button } from "./button";

type Option = { value: string; label: string };
/** The form's fields as strings: the consultation's own, and `questionKind.N` / `questionText.N` per question row (lib/consultations/schemas.ts reads them). */
export type ConsultationFormStart = Record<string, string>;

type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  kinds: Option[];
  questionKinds: Option[];
  baselines: Option[];
  reports: Option[];
  start?: ConsultationFormStart;
  /** How many question rows to offer (those written, and a few blank ones). */
  questionRows: number;
  /**
   * An open consultation: its kind, questions, baseline and opening time are what respondents
   * answer, so they are shown, and sent back unchanged, rather than offered for editing.
   */
  frozen?: boolean;
  /** The version the edit started from; absent for a new consultation. */
  version?: number;
  submitLabel: string;
};

/**
 * Plans a consultation or edits one. A plain form (works without JavaScript): a row per question
 * (its kind and text; rows left empty are ignored), the window as London dates and times. After
 * a failed submission the text is kept.
 */
export function ConsultationForm({ action, kinds, questionKinds, baselines, reports, start, questionRows, frozen, version, submitLabel }: Props) {
  const [state, formAction, pending] = useActionState(action, { status: "idle" });
  const errors = state.fieldErrors ?? {};
  const value = (name: string) => state.values?.[name] ?? start?.[name] ?? "";
  const rows = Array.from({ length: questionRows }, (_, n) => n);
  const kindLabel = (v: string) => questionKinds.find((k) => k.value === v)?.label ?? v;
  return (
    <form action={formAction} noValidate className="max-w-3xl rounded border border-slate-300 bg-white p-6">
      <FormAlert state={state} />
      {version !== undefined && <input type="hidden" name="expectedVersion" value={state.values?.expectedVersion ?? String(version)} />}
      {frozen ? (
        <Kept name="kind" label="Kind" value={value("kind")} shown={kinds.find((k) => k.value === value("kind"))?.label ?? ""} errors={errors.kind} />
      ) : (
        <SelectField name="kind" label="Kind" options={[{ value: "", label: "Choose the kind of consultation" }, ...kinds]} defaultValue={value("kind")} errors={errors.kind} />
      )}
      <FormField name="title" label="Title" autoComplete="off" defaultValue={value("title")} errors={errors.title} />
      <TextAreaField
        name="introduction"
        label="Introduction (optional)"
        hint="Markdown: what the consultation asks and why. At most 50,000 characters."
        rows={8}
        code
        defaultValue={value("introduction")}
        errors={errors.introduction}
      />
      <fieldset className="mb-4">
        <legend className="mb-1 font-semibold">Questions</legend>
        {errors.questions && <p id="questions-error" className="mb-2 text-sm font-semibold text-red-800">{errors.questions.join(" ")}</p>}
        {frozen ? (
          <>
            <p className="mb-2 text-sm text-slate-700">The consultation is open: its questions cannot change.</p>
            <ol className="list-decimal space-y-1 pl-6">
              {rows.map((n) => (
                <li key={n}>
                  {value(`questionText.${n}`)} <span className="text-sm text-slate-700">({kindLabel(value(`questionKind.${n}`))})</span>
                  <input type="hidden" name={`questionKind.${n}`} value={value(`questionKind.${n}`)} />
                  <input type="hidden" name={`questionText.${n}`} value={value(`questionText.${n}`)} />
                </li>
              ))}
            </ol>
          </>
        ) : (
          <>
            <p className="mb-2 text-sm text-slate-700">
              Numbered in this order; rows left empty are ignored. Need more rows? Save, then edit: each edit offers three more. Questions can change only until the consultation opens.
            </p>
            {rows.map((n) => (
              <div key={n} className="mb-3 border-l-2 border-slate-300 pl-3">
                <SelectField
                  name={`questionKind.${n}`}
                  label={`Question ${n + 1}: kind of answer`}
                  options={[{ value: "", label: "Choose the kind of answer" }, ...questionKinds]}
                  defaultValue={value(`questionKind.${n}`)}
                />
                <TextAreaField name={`questionText.${n}`} label={`Question ${n + 1}: text`} rows={2} defaultValue={value(`questionText.${n}`)} />
              </div>
            ))}
          </>
        )}
      </fieldset>
      <fieldset className="mb-4">
        <legend className="mb-1 font-semibold">Window (London time)</legend>
        {frozen ? (
          <>
            <p className="mb-2">Opened {value("opensDate")} at {value("opensTime")}.</p>
            <input type="hidden" name="opensDate" value={value("opensDate")} />
            <input type="hidden" name="opensTime" value={value("opensTime")} />
          </>
        ) : (
          <WhenFields prefix="opens" label="Opens" date={value("opensDate")} time={value("opensTime")} errors={errors.opensAt} />
        )}
        <WhenFields prefix="closes" label="Closes" date={value("closesDate")} time={value("closesTime")} errors={errors.closesAt} />
      </fieldset>
      {frozen ? (
        <Kept name="baselineId" label="Requirements consulted on" value={value("baselineId")} shown={baselines.find((b) => b.value === value("baselineId"))?.label ?? "None"} errors={errors.baselineId} />
      ) : (
        <SelectField
          name="baselineId"
          label="Requirements consulted on"
          hint="The baseline the per-requirement questions ask about. If you choose none, the requirements as they stand are frozen as a new baseline when the consultation opens."
          options={[{ value: "", label: "Freeze the requirements when the consultation opens" }, ...baselines]}
          defaultValue={value("baselineId")}
          errors={errors.baselineId}
        />
      )}
      <SelectField
        name="reportId"
        label="Report version (optional)"
        hint="For a Modification Report Consultation: the report it consults on, once there is one."
        options={[{ value: "", label: "None yet" }, ...reports]}
        defaultValue={value("reportId")}
        errors={errors.reportId}
      />
      <Button disabled={pending}>{pending ? "Saving…" : submitLabel}</Button>
    </form>
  );
}

/** A field that cannot change any more: shown as text, sent back as it is. */
function Kept({ name, label, value, shown, errors }: { name: string; label: string; value: string; shown: string; errors?: string[] }) {
  return (
    <div className="mb-4">
      <p className="mb-1 font-semibold">{label}</p>
      {errors && <p className="mb-1 text-sm font-semibold text-red-800">{errors.join(" ")}</p>}
      <p>{shown}</p>
      <input type="hidden" name={name} value={value} />
    </div>
  );
}
