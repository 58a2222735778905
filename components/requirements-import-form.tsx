"use client";

import { useActionState } from "react";
import type { ImportState } from "@/lib/exchange/import-state";
import { Button } from "./button";
import { FormAlert } from "./form-alert";
import { FormField } from "./form-field";
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
      <FormAlert state={state} />
      <form action={formAction} className="mb-6 rounded border border-slate-300 bg-white p-6">
        <FormField
          name="file"
          label="CSV or XLSX file exported from this portal"
          hint="At most 2 MB and 1,000 rows. Leave Ref empty on a row to add a new requirement."
          type="file"
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          className="block"
        />
        <Button name="intent" value="preview" disabled={pending}>
          {pending ? "Reading…" : "Preview import"}
        </Button>
      </form>
      {plan && state.fileName && <ImportPreview plan={plan} fileName={state.fileName} />}
      {mayApply && state.payload && (
        <form action={formAction} className="mb-6">
          <input type="hidden" name="payload" value={state.payload} />
          <p className="mb-2">Nothing has been written yet. Applying saves every new and changed row together, or none of them.</p>
          <Button name="intent" value="apply" disabled={pending}>
            {pending ? "Importing…" : "Apply import"}
          </Button>
        </form>
      )}
    </>
  );
}
