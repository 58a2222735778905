import { describeCounts, type ImportPlan, type PlannedRow } from "@/lib/exchange/import-plan";
import { changedFields, diffText, isUnchanged } from "@/lib/requirements/diff";
import { InlineRedline } from "./redline";
import { TableHead } from "./table-head";

type Of<K extends PlannedRow["kind"]> = Extract<PlannedRow, { kind: K }>;
const only = <K extends PlannedRow["kind"]>(plan: ImportPlan, kind: K) => plan.rows.filter((r): r is Of<K> => r.kind === kind);

/** What an import would do, row by row, before anything is written. */
export function ImportPreview({ plan, fileName }: { plan: ImportPlan; fileName: string }) {
  const errors = only(plan, "error");
  const added = only(plan, "new");
  const changed = only(plan, "changed");
  const unchanged = only(plan, "unchanged");
  return (
    <section aria-labelledby="preview-heading" className="mb-6">
      <h2 id="preview-heading" className="mb-2 text-2xl font-bold">Preview of {fileName}</h2>
      <p className="mb-4 border-l-4 border-slate-500 bg-white p-3 font-semibold">{describeCounts(plan.counts)}.</p>
      {errors.length > 0 && (
        <RowTable heading={`Rows with errors (${errors.length})`} note="Correct these rows in the file and upload it again: nothing can be imported until every row is valid." columns={["Ref", "What is wrong"]}
          rows={errors.map((r) => ({ row: r.row, cells: [r.ref || "(new)", <ul key="r" className="list-disc pl-5">{r.reasons.map((reason) => <li key={reason}>{reason}</li>)}</ul>] }))} />
      )}
      {added.length > 0 && (
        <RowTable heading={`New requirements (${added.length})`} note="Each gets the next reference and starts as a draft." columns={["Area", "Title", "Text"]}
          rows={added.map((r) => ({ row: r.row, cells: [r.after.area, r.after.title, <span key="b" className="whitespace-pre-wrap">{r.after.body}</span>] }))} />
      )}
      {changed.length > 0 && (
        <section aria-labelledby="changed-heading" className="mb-6">
          <h3 id="changed-heading" className="mb-2 text-xl font-bold">Changed requirements ({changed.length})</h3>
          <p className="mb-2">Each is saved as a new version.</p>
          {changed.map((r) => <ChangedRow key={r.row} row={r} />)}
        </section>
      )}
      {unchanged.length > 0 && (
        <section aria-labelledby="unchanged-heading" className="mb-6">
          <h3 id="unchanged-heading" className="mb-2 text-xl font-bold">Unchanged, skipped ({unchanged.length})</h3>
          <p>{unchanged.map((r) => r.ref).join(", ")}</p>
        </section>
      )}
    </section>
  );
}

function ChangedRow({ row }: { row: Of<"changed"> }) {
  const fields = changedFields([
    { label: "Title", before: row.before.title, after: row.after.title },
    { label: "Area", before: row.before.area, after: row.after.area },
  ]);
  const body = diffText(row.before.body, row.after.body);
  return (
    <article aria-labelledby={`row-${row.row}`} className="mb-4 rounded border border-slate-300 bg-white p-4">
      <h4 id={`row-${row.row}`} className="mb-2 text-lg font-bold">Row {row.row}: {row.ref}, version {row.expectedVersion} → {row.expectedVersion + 1}</h4>
      {fields.length > 0 && (
        <ul className="mb-2 list-disc pl-5">
          {fields.map((f) => <li key={f.label}>{f.label}: &ldquo;{f.before}&rdquo; → &ldquo;{f.after}&rdquo;</li>)}
        </ul>
      )}
      {!isUnchanged(body) && (
        <section aria-label={`Text of ${row.ref}, word by word`}>
          <InlineRedline parts={body} />
        </section>
      )}
    </article>
  );
}

function RowTable({ heading, note, columns, rows }: { heading: string; note: string; columns: string[]; rows: { row: number; cells: React.ReactNode[] }[] }) {
  return (
    <section aria-label={heading} className="mb-6">
      <h3 className="mb-2 text-xl font-bold">{heading}</h3>
      <p className="mb-2">{note}</p>
      <table className="w-full border-collapse bg-white text-left">
        <TableHead columns={[{ label: "Row", className: "w-16" }, ...columns]} />
        <tbody>
          {rows.map((r) => (
            <tr key={r.row} className="border-b border-slate-200 align-top">
              <td className="p-2">{r.row}</td>
              {r.cells.map((c, i) => <td key={i} className="p-2">{c}</td>)}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
