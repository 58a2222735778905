import { CONTROL_CLASS, Field } from "./field";

/** A date and a time side by side (London time), with one message for both (e.g. "The round must close after it opens"). */
export function WhenFields({ prefix, label, date, time, errors }: { prefix: string; label: string; date: string; time: string; errors?: string[] }) {
  const invalid = Boolean(errors?.length);
  return (
    <div className="flex flex-wrap gap-4">
      <Field name={`${prefix}Date`} label={`${label} on`} errors={errors}>
        {(control) => <input {...control} type="date" className={CONTROL_CLASS} defaultValue={date} />}
      </Field>
      <Field name={`${prefix}Time`} label={`${label} at`} hint="24-hour clock, e.g. 17:00">
        {(control) => <input {...control} type="time" className={CONTROL_CLASS} defaultValue={time} aria-invalid={invalid ? true : undefined} />}
      </Field>
    </div>
  );
}
