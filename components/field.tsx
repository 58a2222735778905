const CONTROL_BASE = "rounded border border-slate-500 bg-white px-3 py-2";
export const CONTROL_CLASS = `w-full max-w-md ${CONTROL_BASE}`;

/** What a `Field` hands its control: the id its label points at, the error linkage, and its look. */
export type ControlProps = { id: string; name: string; className: string; "aria-invalid"?: true; "aria-describedby"?: string };

/**
 * A form control's label, hint and error message, tied to the control for assistive technology.
 * `inline`: one of a row of filters (no bottom margin, the control as wide as its content).
 */
export function Field({
  name,
  label,
  hint,
  errors,
  inline,
  id = name,
  children,
}: {
  name: string;
  /** The control's id when the page has several forms with a field of this name (defaults to the name). */
  id?: string;
  label: string;
  hint?: string;
  errors?: string[];
  inline?: boolean;
  children: (control: ControlProps) => React.ReactNode;
}) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const invalid = Boolean(errors?.length);
  const describedBy = [hint && hintId, invalid && errorId].filter(Boolean).join(" ") || undefined;
  const className = inline ? CONTROL_BASE : CONTROL_CLASS;
  return (
    <div className={inline ? undefined : "mb-4"}>
      <label htmlFor={id} className="mb-1 block font-semibold">
        {label}
      </label>
      {hint && <p id={hintId} className="mb-1 text-sm text-slate-700">{hint}</p>}
      {invalid && (
        <p id={errorId} className="mb-1 text-sm font-semibold text-red-800">
          {errors!.join(" ")}
        </p>
      )}
      {children({ id, name, className, "aria-invalid": invalid ? true : undefined, "aria-describedby": describedBy })}
    </div>
  );
}
