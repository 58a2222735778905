import { shortened, type AuditFieldChange } from "@/lib/audit/describe-changes";
import { InlineRedline } from "./redline";

function Value({ value }: { value: string | null }) {
  if (value === null)
    return (
      <>
        <span aria-hidden="true">—</span>
        <span className="sr-only">nothing</span>
      </>
    );
  return <span className="break-words">{shortened(value)}</span>;
}

/** What an audit event changed, field by field: before → after; a long text opens onto its word-by-word change. */
export function AuditChanges({ changes }: { changes: AuditFieldChange[] }) {
  if (changes.length === 0) return <span className="text-slate-700">No field values recorded</span>;
  return (
    <ul className="space-y-1">
      {changes.map((c) => (
        <li key={c.field}>
          <span className="font-semibold">{c.label}:</span> <Value value={c.before} /> <span aria-hidden="true">→</span>
          <span className="sr-only">changed to</span> <Value value={c.after} />
          {c.diff && (
            <details className="mt-1">
              <summary className="cursor-pointer text-brand">Show the whole change to {c.label.toLowerCase()}</summary>
              <InlineRedline parts={c.diff} />
            </details>
          )}
        </li>
      ))}
    </ul>
  );
}
