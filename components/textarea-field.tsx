import { Field } from "./field";

/**
 * A labelled multi-line text box whose hint and error message sit next to it and are announced with it.
 * `code`: for Markdown source (full width, monospace).
 */
export function TextAreaField({
  name,
  label,
  hint,
  errors,
  id,
  code,
  ...textarea
}: { name: string; label: string; hint?: string; errors?: string[]; code?: boolean } & React.TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return (
    <Field name={name} id={id} label={label} hint={hint} errors={errors}>
      {(control) => <textarea {...control} className={code ? `${control.className} max-w-none font-mono text-sm` : control.className} {...textarea} />}
    </Field>
  );
}
