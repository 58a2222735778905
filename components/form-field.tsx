import { CONTROL_CLASS, Field } from "./field";

/** A labelled input whose error message sits next to it and is announced with it. */
export function FormField({
  name,
  label,
  errors,
  ...input
}: { name: string; label: string; errors?: string[] } & React.InputHTMLAttributes<HTMLInputElement>) {
  return (
    <Field name={name} label={label} errors={errors}>
      {(control) => <input {...control} className={CONTROL_CLASS} {...input} />}
    </Field>
  );
}
