/** A labelled select whose error message sits next to it and is announced with it. */
export function SelectField({
  name,
  label,
  options,
  errors,
  hint,
  ...select
}: {
  name: string;
  label: string;
  options: { value: string; label: string }[];
  errors?: string[];
  hint?: string;
} & React.SelectHTMLAttributes<HTMLSelectElement>) {
  const errorId = `${name}-error`;
  const hintId = `${name}-hint`;
  const describedBy = [hint && hintId, errors?.length && errorId].filter(Boolean).join(" ") || undefined;
  return (
    <div className="mb-4">
      <label htmlFor={name} className="mb-1 block font-semibold">
        {label}
      </label>
      {hint && <p id={hintId} className="mb-1 text-sm text-slate-700">{hint}</p>}
      {errors?.length ? (
        <p id={errorId} className="mb-1 text-sm font-semibold text-red-800">
          {errors.join(" ")}
        </p>
      ) : null}
      <select
        id={name}
        name={name}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy}
        className="w-full max-w-md rounded border border-slate-500 bg-white px-3 py-2"
        {...select}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
