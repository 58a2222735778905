import { Field } from "./field";

/** A labelled select whose error message sits next to it and is announced with it. */
export function SelectField({
  name,
  label,
  options,
  errors,
  id,
  hint,
  inline,
  ...select
}: {
  name: string;
  label: string;
  options: { value: string; label: string }[];
  errors?: string[];
  hint?: string;
  inline?: boolean;
} & React.SelectHTMLAttributes<HTMLSelectElement>) {
  return (
    <Field name={name} id={id} label={label} hint={hint} errors={errors} inline={inline}>
      {(control) => (
        <select {...control} {...select}>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
