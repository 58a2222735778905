"use client";

import { useActionState } from "react";
import type { FormState } from "@/lib/actions/form-state";
import { COMMITTEE_LABELS, REVIEWER_COMMITTEES, ROLE_LABELS } from "@/lib/labels";
import { Button } from "./button";
import { CheckboxField } from "./checkbox-field";
import { FormAlert } from "./form-alert";
import { FormField } from "./form-field";
import { SelectField } from "./select-field";

type Access = { role: string; committee: string | null; organisationId: string | null; disabled: boolean };
type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  organisations: { id: string; name: string }[];
  /** Editing an existing account: its id, version and current access. Creating: absent. */
  existing?: { id: string; version: number; access: Access };
};

const ROLE_OPTIONS = Object.entries(ROLE_LABELS).map(([value, label]) => ({ value, label }));
const COMMITTEE_OPTIONS = [{ value: "", label: "None (not a reviewer)" }, ...REVIEWER_COMMITTEES.map((value) => ({ value, label: COMMITTEE_LABELS[value] }))];

/** Creates an account, or changes an existing one's access. Works as a plain form without JavaScript. */
export function UserForm({ action, organisations, existing }: Props) {
  const [state, formAction, pending] = useActionState(action, { status: "idle" });
  const errors = state.fieldErrors ?? {};
  const value = (name: keyof Access) => state.values?.[name] ?? String(existing?.access[name] ?? "");
  const organisationOptions = [{ value: "", label: "None" }, ...organisations.map((o) => ({ value: o.id, label: o.name }))];
  return (
    <form action={formAction} noValidate className="max-w-2xl rounded border border-slate-300 bg-white p-6">
      <FormAlert state={state} />
      {existing ? (
        <>
          <input type="hidden" name="userId" value={existing.id} />
          <input type="hidden" name="expectedVersion" value={existing.version} />
        </>
      ) : (
        <>
          <FormField name="name" label="Name" autoComplete="off" defaultValue={state.values?.name} errors={errors.name} />
          <FormField name="email" label="Email" type="email" autoComplete="off" defaultValue={state.values?.email} errors={errors.email} />
          <FormField name="password" label="Initial password (at least 12 characters)" type="password" autoComplete="new-password" errors={errors.password} />
        </>
      )}
      <SelectField name="role" label="Role" options={ROLE_OPTIONS} defaultValue={value("role") || "PARTY_RESPONDENT"} errors={errors.role} />
      <SelectField name="committee" label="Committee" hint="Reviewers only." options={COMMITTEE_OPTIONS} defaultValue={value("committee")} errors={errors.committee} />
      <SelectField name="organisationId" label="Organisation" options={organisationOptions} defaultValue={value("organisationId")} errors={errors.organisationId} />
      <CheckboxField
        name="disabled"
        label="Disabled (cannot sign in; any open session ends at its next request)"
        className="mb-6"
        defaultChecked={state.values ? state.values.disabled === "on" : existing?.access.disabled}
      />
      <Button disabled={pending}>
        {pending ? "Saving…" : existing ? "Save changes" : "Add user"}
      </Button>
    </form>
  );
}
