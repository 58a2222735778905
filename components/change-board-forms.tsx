"use client";

import { useActionState } from "react";
import type { FormState } from "@/lib/actions/form-state";
import { Button } from "./button";
import { FormAlert } from "./form-alert";
import { FormField } from "./form-field";
import { SelectField } from "./select-field";
import { TextAreaField } from "./textarea-field";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;
type Option = { value: string; label: string };
const BOX = "mb-8 max-w-2xl rounded border border-slate-300 bg-white p-6";

/** SECAS records a meeting on the published Modification Report v1.0. Works without JavaScript. */
export function ChangeBoardMeetingForm({ action, reports }: { action: Action; reports: Option[] }) {
  const [state, formAction, pending] = useActionState(action, { status: "idle" });
  const errors = state.fieldErrors ?? {};
  return (
    <form action={formAction} noValidate aria-labelledby="meeting-heading" className={BOX}>
      <h2 id="meeting-heading" className="mb-4 text-2xl font-bold">Record a Change Board meeting</h2>
      <FormAlert state={state} />
      <SelectField name="reportId" label="Report considered" options={reports} defaultValue={state.values?.reportId} errors={errors.reportId} />
      <FormField name="reference" label="Meeting reference" placeholder="CB_2027_01" autoComplete="off" defaultValue={state.values?.reference} errors={errors.reference} />
      <FormField name="heldOn" type="date" label="Held on" defaultValue={state.values?.heldOn} errors={errors.heldOn} />
      <Button disabled={pending}>{pending ? "Recording…" : "Record meeting"}</Button>
    </form>
  );
}

/** One member present and their vote. A member of no voting group is refused with a message; the text typed stays. */
export function ChangeBoardVoteForm({ action, groups, votes, reference }: { action: Action; groups: Option[]; votes: Option[]; reference: string }) {
  const [state, formAction, pending] = useActionState(action, { status: "idle" });
  const errors = state.fieldErrors ?? {};
  const headingId = `vote-heading-${reference}`;
  return (
    <form action={formAction} noValidate aria-labelledby={headingId} className={BOX}>
      <h3 id={headingId} className="mb-4 text-xl font-bold">Record a member&apos;s vote ({reference})</h3>
      <FormAlert state={state} />
      <FormField name="memberName" label="Member" autoComplete="off" defaultValue={state.values?.memberName} errors={errors.memberName} />
      <FormField name="organisation" label="Organisation (optional)" autoComplete="off" defaultValue={state.values?.organisation} errors={errors.organisation} />
      <SelectField
        name="votingGroup"
        label="Party Category voting group"
        options={[{ value: "", label: "Choose a voting group" }, ...groups]}
        defaultValue={state.values?.votingGroup}
        errors={errors.votingGroup}
      />
      <SelectField name="vote" label="Vote" options={[{ value: "", label: "Choose the vote" }, ...votes]} defaultValue={state.values?.vote} errors={errors.vote} />
      <TextAreaField name="rationale" label="Rationale" rows={3} defaultValue={state.values?.rationale} errors={errors.rationale} />
      <Button disabled={pending}>{pending ? "Recording…" : "Record vote"}</Button>
    </form>
  );
}

/** The decision after the meeting, and the SEC release (June or November) implementing an approval. */
export function DecisionForm({ action, makers, outcomes, releases }: { action: Action; makers: Option[]; outcomes: Option[]; releases: Option[] }) {
  const [state, formAction, pending] = useActionState(action, { status: "idle" });
  const errors = state.fieldErrors ?? {};
  return (
    <form action={formAction} noValidate aria-labelledby="decision-heading" className={BOX}>
      <h2 id="decision-heading" className="mb-4 text-2xl font-bold">Record the decision</h2>
      <FormAlert state={state} />
      <SelectField name="decidedBy" label="Decided by" options={makers} defaultValue={state.values?.decidedBy} errors={errors.decidedBy} />
      <SelectField name="outcome" label="Decision" options={outcomes} defaultValue={state.values?.outcome} errors={errors.outcome} />
      <FormField name="decidedOn" type="date" label="Date of the decision" defaultValue={state.values?.decidedOn} errors={errors.decidedOn} />
      <FormField name="reference" label="Decision reference" autoComplete="off" defaultValue={state.values?.reference} errors={errors.reference} />
      <SelectField
        name="implementationRelease"
        label="Implementing SEC release"
        hint="For an approval: the June or November release that implements it."
        options={[{ value: "", label: "None (rejected)" }, ...releases]}
        defaultValue={state.values?.implementationRelease}
        errors={errors.implementationRelease}
      />
      <Button disabled={pending}>{pending ? "Recording…" : "Record decision"}</Button>
    </form>
  );
}
