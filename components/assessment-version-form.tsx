"use client";

import { useActionState } from "react";
import type { FormState } from "@/lib/actions/form-state";
import { Button } from "./button";
import { FormAlert } from "./form-alert";
import { FormField } from "./form-field";
import { SelectField } from "./select-field";
import { TextAreaField } from "./textarea-field";

export type VersionFormStart = Record<
  "designAndBuild" | "testing" | "implementation" | "ongoingPerYear" | "leadTimeWeeks" | "earliestRelease" | "systems" | "assumptions" | "validUntil" | "changeNote",
  string
>;

type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  releases: { value: string; label: string }[];
  /** The latest version's figures, to change from; empty for the first. */
  start: VersionFormStart;
  /** The assessment's version the form was opened at. */
  version: number;
};

const MONEY_HINT = "In pounds, e.g. £120,000 or 4500.50. 0 if none.";

/**
 * The DCC's figures for one version of an assessment. A plain form (works without JavaScript);
 * after a refusal every field keeps what was typed, the amount refused included.
 */
export function AssessmentVersionForm({ action, releases, start, version }: Props) {
  const [state, formAction, pending] = useActionState(action, { status: "idle" });
  const errors = state.fieldErrors ?? {};
  const value = (name: keyof VersionFormStart) => state.values?.[name] ?? start[name];
  const money = (name: "designAndBuild" | "testing" | "implementation" | "ongoingPerYear", label: string) => (
    <FormField name={name} label={label} hint={MONEY_HINT} inputMode="decimal" autoComplete="off" defaultValue={value(name)} errors={errors[name]} />
  );
  return (
    <form action={formAction} noValidate className="max-w-3xl rounded border border-slate-300 bg-white p-6">
      <FormAlert state={state} />
      <input type="hidden" name="expectedVersion" value={state.values?.expectedVersion ?? String(version)} />
      <fieldset className="mb-4">
        <legend className="mb-2 font-semibold">Costs</legend>
        {money("designAndBuild", "Design and build")}
        {money("testing", "Testing")}
        {money("implementation", "Implementation")}
        {money("ongoingPerYear", "Ongoing, per year")}
      </fieldset>
      <FormField name="leadTimeWeeks" label="Lead time to implement (weeks)" hint="Whole weeks, e.g. 26." inputMode="numeric" autoComplete="off" defaultValue={value("leadTimeWeeks")} errors={errors.leadTimeWeeks} />
      {/* Keyed by its value: React sets a select's default only when it mounts, and the form reset after a refusal would lose the choice. */}
      <SelectField
        key={value("earliestRelease")}
        name="earliestRelease"
        label="Earliest SEC release"
        options={[{ value: "", label: "Choose a release" }, ...releases]}
        defaultValue={value("earliestRelease")}
        errors={errors.earliestRelease}
      />
      <TextAreaField name="systems" label="Impacted DCC systems and services" hint="One per line." rows={5} defaultValue={value("systems")} errors={errors.systems} />
      <TextAreaField name="assumptions" label="Assumptions" hint="Markdown. At most 20,000 characters." rows={6} defaultValue={value("assumptions")} errors={errors.assumptions} />
      <FormField name="validUntil" label="Figures valid until" type="date" defaultValue={value("validUntil")} errors={errors.validUntil} />
      <FormField name="changeNote" label="Change note" hint="What this version is: e.g. received from the DCC, or what changed and why." autoComplete="off" defaultValue={value("changeNote")} errors={errors.changeNote} />
      <Button disabled={pending}>{pending ? "Saving…" : "Record this version"}</Button>
    </form>
  );
}
