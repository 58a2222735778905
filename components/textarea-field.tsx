import { CONTROL_CLASS, Field } from "./field";

/** A labelled multi-line text box whose error message sits next to it and is announced with it. */
export function TextAreaField({
  name,
  label,
  hint,
  errors,
  ...textarea
}: { name: string; label: string; hint?: string; errors?: string[] } & React.TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return (
    <Field name={name} label={label} hint={hint} errors={errors}>
      {(control) => <textarea {...control} className={`${CONTROL_CLASS} max-w-none font-mono text-sm`} {...textarea} />}
    </Field>
  );
}
