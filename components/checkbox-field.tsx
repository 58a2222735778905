/** A checkbox with its label after it; `className` sets the row's outer spacing (by default `mb-4`). */
export function CheckboxField({ name, label, className = "mb-4", ...input }: { name: string; label: string; className?: string } & React.InputHTMLAttributes<HTMLInputElement>) {
  return (
    <div className={`flex items-center gap-2 ${className}`.trim()}>
      <input id={name} name={name} type="checkbox" className="h-5 w-5" {...input} />
      <label htmlFor={name} className="font-semibold">
        {label}
      </label>
    </div>
  );
}
