"use client";

import { useActionState } from "react";
import type { FormState } from "@/lib/actions/form-state";
import { COMMENT_KIND_LABELS, options, COMMENT_SEVERITY_LABELS } from "@/lib/comments/comment-labels";
import { Button } from "./button";
import { FormAlert } from "./form-alert";
import { SelectField } from "./select-field";
import { TextAreaField } from "./textarea-field";

type Props = {
  /** Unique on the page (the round page has one per question). */
  id: string;
  title: string;
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  /** The open rounds this user may comment in (already filtered by the matrix); one is chosen. */
  rounds: { value: string; label: string }[];
  /** On a requirement: the quote and proposed-wording fields. */
  onRequirement: boolean;
};

const SEVERITIES = [{ value: "", label: "Not set" }, ...options(COMMENT_SEVERITY_LABELS)];

/** A new comment: round, kind, severity, optionally a quoted passage and proposed wording, and the comment (Markdown). */
export function CommentForm({ id, title, action, rounds, onRequirement }: Props) {
  const [state, formAction, pending] = useActionState(action, { status: "idle" });
  const v = state.values ?? {};
  const e = state.fieldErrors ?? {};
  const kinds = options(COMMENT_KIND_LABELS).filter((k) => onRequirement || k.value !== "PROPOSED_WORDING");
  return (
    <form action={formAction} noValidate className="bg-white p-4" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="mb-2 text-xl font-bold">
        {title}
      </h2>
      <FormAlert state={state} />
      {rounds.length === 1 ? (
        <input type="hidden" name="roundId" value={rounds[0]!.value} />
      ) : (
        <SelectField id={`${id}-roundId`} name="roundId" label="Review round" options={rounds} defaultValue={v.roundId} errors={e.roundId} />
      )}
      <SelectField id={`${id}-kind`} name="kind" label="Kind" options={kinds} defaultValue={v.kind} errors={e.kind} />
      <SelectField id={`${id}-severity`} name="severity" label="Severity" options={SEVERITIES} defaultValue={v.severity} errors={e.severity} />
      {onRequirement && (
        <>
          <TextAreaField
            id={`${id}-quotedText`}
            name="quotedText"
            label="Quoted passage (optional)"
            hint="Paste the words of the requirement your comment is about; they must appear in this version's text."
            rows={3}
            defaultValue={v.quotedText}
            errors={e.quotedText}
          />
          <TextAreaField
            id={`${id}-proposedWording`}
            name="proposedWording"
            label="Proposed wording (for the kind “Proposed wording”)"
            hint="The text that should replace the quoted passage."
            rows={3}
            defaultValue={v.proposedWording}
            errors={e.proposedWording}
          />
        </>
      )}
      <TextAreaField id={`${id}-body`} name="body" label="Comment" hint="Markdown. At most 10,000 characters." rows={6} defaultValue={v.body} errors={e.body} />
      <Button disabled={pending}>{pending ? "Sending…" : "Add comment"}</Button>
    </form>
  );
}
