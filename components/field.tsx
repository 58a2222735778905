/** A form control's label, hint and error message, tied to the control for assistive technology. */
export function Field({
  name,
  label,
  hint,
  errors,
  children,
}: {
  name: string;
  label: string;
  hint?: string;
  errors?: string[];
  children: (control: { id: string; name: string; "aria-invalid"?: true; "aria-describedby"?: string }) => React.ReactNode;
}) {
  const hintId = `${name}-hint`;
  const errorId = `${name}-error`;
  const invalid = Boolean(errors?.length);
  const describedBy = [hint && hintId, invalid && errorId].filter(Boolean).join(" ") || undefined;
  return (
    <div className="mb-4">
      <label htmlFor={name} className="mb-1 block font-semibold">
        {label}
      </label>
      {hint && <p id={hintId} className="mb-1 text-sm text-slate-700">{hint}</p>}
      {invalid && (
        <p id={errorId} className="mb-1 text-sm font-semibold text-red-800">
          {errors!.join(" ")}
        </p>
      )}
      {children({ id: name, name, "aria-invalid": invalid ? true : undefined, "aria-describedby": describedBy })}
    </div>
  );
}

export const CONTROL_CLASS = "w-full max-w-md rounded border border-slate-500 bg-white px-3 py-2";
