/** A labelled input whose error message sits next to it and is announced with it. */
export function FormField({
  name,
  label,
  errors,
  ...input
}: { name: string; label: string; errors?: string[] } & React.InputHTMLAttributes<HTMLInputElement>) {
  const errorId = `${name}-error`;
  return (
    <div className="mb-4">
      <label htmlFor={name} className="mb-1 block font-semibold">
        {label}
      </label>
      {errors?.length ? (
        <p id={errorId} className="mb-1 text-sm font-semibold text-red-800">
          {errors.join(" ")}
        </p>
      ) : null}
      <input
        id={name}
        name={name}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={errors?.length ? errorId : undefined}
        className="w-full max-w-md rounded border border-slate-500 bg-white px-3 py-2"
        {...input}
      />
    </div>
  );
}
