"use client";

import { useActionState } from "react";
import type { FormState } from "@/lib/actions/form-state";
import { Button } from "./button";
import { FormAlert } from "./form-alert";
import { SelectField } from "./select-field";
import { TextAreaField } from "./textarea-field";

/** A field of a thread's action form: a text box, or a choice. */
export type ActionField =
  | { kind: "text"; name: string; label: string; hint?: string; defaultValue?: string; rows?: number }
  | { kind: "select"; name: string; label: string; options: { value: string; label: string }[]; defaultValue?: string };

type Props = {
  /** Unique on the page: prefixes the fields' ids (a thread page has several forms with a "body"). */
  id: string;
  title: string;
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  fields: ActionField[];
  hidden?: Record<string, string>;
  submit: string;
};

/** One action on a thread (reply, respond, resolve, reopen, edit, withdraw, severity): a plain form that works without JavaScript, keeping the text on error. */
export function CommentActionForm({ id, title, action, fields, hidden = {}, submit }: Props) {
  const [state, formAction, pending] = useActionState(action, { status: "idle" });
  return (
    <form action={formAction} noValidate className="bg-white p-4" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="mb-2 text-lg font-bold">
        {title}
      </h3>
      <FormAlert state={state} />
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {fields.map((f) =>
        f.kind === "text" ? (
          <TextAreaField
            key={f.name}
            id={`${id}-${f.name}`}
            name={f.name}
            label={f.label}
            hint={f.hint}
            rows={f.rows ?? 4}
            defaultValue={state.values?.[f.name] ?? f.defaultValue}
            errors={state.fieldErrors?.[f.name]}
          />
        ) : (
          <SelectField
            key={f.name}
            id={`${id}-${f.name}`}
            name={f.name}
            label={f.label}
            options={f.options}
            defaultValue={state.values?.[f.name] ?? f.defaultValue}
            errors={state.fieldErrors?.[f.name]}
          />
        ),
      )}
      <Button disabled={pending}>{pending ? "Saving…" : submit}</Button>
    </form>
  );
}
