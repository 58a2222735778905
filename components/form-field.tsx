import { Field } from "./field";

/** A labelled input whose hint and error message sit next to it and are announced with it. */
export function FormField({
  name,
  label,
  hint,
  errors,
  inline,
  ...input
}: { name: string; label: string; hint?: string; errors?: string[]; inline?: boolean } & React.InputHTMLAttributes<HTMLInputElement>) {
  return (
    <Field name={name} label={label} hint={hint} errors={errors} inline={inline}>
      {(control) => <input {...control} {...input} />}
    </Field>
  );
}
