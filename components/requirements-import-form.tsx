"use client";

import { useActionState } from "react";
import type { ImportState } from "@/lib/exchange/import-state";
import { ImportPreview } from "./import-preview";

type Props = { action: (state: ImportState, formData: FormData) => Promise<ImportState> };

/**
 * Upload a file for a preview, then apply it. Both are plain forms posting to one server action,
 * so the page works without JavaScript; the preview carries the rows back for "Apply import".
 */
export function RequirementsImportForm({ action }: Props) {
  const [state, formAction, pending] = useActionState(action, { status: "idle" });
  const plan = state.plan;
  const mayApply = plan && plan.counts.errors === 0 && plan.counts.new + plan.counts.changed > 0;
  return (
    <>
      {state.status === "error" && (
        <div role="alert" className="mb-4 border-l-4 border-red-700 bg-red-50 p-3 font-semibold text-red-900">
          {state.message}
        </div>
      )}
      <form action={formAction} className="mb-6 rounded border border-slate-300 bg-white p-6">
        <label htmlFor="file" className="mb-1 block font-semibold">CSV or XLSX file exported from this portal</label>
        <p id="file-hint" className="mb-2 text-slate-700">At most 2 MB and 1,000 rows. Leave Ref empty on a row to add a new requirement.</p>
        <input id="file" name="file" type="file" accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" aria-describedby="file-hint" className="mb-4 block" />
        <button type="submit" name="intent" value="preview" disabled={pending} className="rounded bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-dark disabled:opacity-60">
          {pending ? "Reading…" : "Preview import"}
        </button>
      </form>
      {plan && state.fileName && <ImportPreview plan={plan} fileName={state.fileName} />}
      {mayApply && state.payload && (
        <form action={formAction} className="mb-6">
          <input type="hidden" name="payload" value={state.payload} />
          <p className="mb-2">Nothing has been written yet. Applying saves every new and changed row together, or none of them.</p>
          <button type="submit" name="intent" value="apply" disabled={pending} className="rounded bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-dark disabled:opacity-60">
            {pending ? "Importing…" : "Apply import"}
          </button>
        </form>
      )}
    </>
  );
}
