/** A table's column headings; `className` per column sets widths. */
export function TableHead({ columns }: { columns: (string | { label: string; className: string })[] }) {
  return (
    <thead>
      <tr className="border-b-2 border-slate-400">
        {columns.map((c) => {
          const { label, className } = typeof c === "string" ? { label: c, className: "" } : c;
          return (
            <th key={label} scope="col" className={`p-2 ${className}`}>
              {label}
            </th>
          );
        })}
      </tr>
    </thead>
  );
}
