/** A group of radio buttons under a legend, with its error message announced with it; wraps on narrow screens. */
export function RadioGroup({
  name,
  legend,
  options,
  checked,
  errors,
  legendClassName = "mb-1 font-semibold",
}: {
  name: string;
  legend: string;
  options: { value: string; label: string }[];
  checked: string | undefined;
  errors?: string[];
  legendClassName?: string;
}) {
  const errorId = `${name}-error`;
  const invalid = Boolean(errors?.length);
  return (
    <fieldset className="mb-3 min-w-0" aria-describedby={invalid ? errorId : undefined}>
      <legend className={legendClassName}>{legend}</legend>
      {invalid && (
        <p id={errorId} className="mb-1 text-sm font-semibold text-red-800">
          {errors!.join(" ")}
        </p>
      )}
      <div className="flex flex-wrap gap-x-5 gap-y-2">
        {options.map((o) => (
          <label key={o.value} className="flex items-center gap-2">
            <input type="radio" name={name} value={o.value} defaultChecked={checked === o.value} className="h-5 w-5" />
            {o.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
