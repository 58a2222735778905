"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { errorState } from "@/lib/actions/form-state";
import { expiringChangedPages } from "@/lib/cache/expire-changed";
import { getCurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { applyRequirementsImport, importPayloadSchema, requireImportPermission, type ImportPayload } from "@/lib/exchange/apply-requirements-import";
import type { ImportState } from "@/lib/exchange/import-state";
import { planRequirementsImport } from "@/lib/exchange/plan-requirements-import";
import { readRequirementsFile } from "@/lib/exchange/read-requirements-file";
import { getModificationByRef } from "@/lib/modifications/get-modification";
import { modificationPath } from "@/lib/modifications/refs";
import { withoutInvisible } from "@/lib/validation/text";

/**
 * "Preview import" reads the file and plans it, writing nothing; "Apply import" sends the rows back
 * to apply them. Bound by the page to the modification's ref: the rows (which carry refs, never ids)
 * are planned again against that modification when applied.
 */
export async function importRequirementsAction(ref: string, _previous: ImportState, formData: FormData): Promise<ImportState> {
  let payload: ImportPayload | null = null;
  let done: { path: string; created: number; updated: number };
  try {
    const m = await getModificationByRef(db(), ref);
    const actor = await getCurrentUser();
    if (formData.get("intent") !== "apply") {
      requireImportPermission(actor);
      const file = formData.get("file");
      if (!(file instanceof File) || file.size === 0) throw new AppError("VALIDATION", "Choose a CSV or XLSX file to import.");
      const rows = await readRequirementsFile(new Uint8Array(await file.arrayBuffer()), file.name);
      if (rows.length === 0) throw new AppError("VALIDATION", "The file has a header row but no requirements.");
      payload = { fileName: withoutInvisible(file.name).slice(0, 200) || "upload", rows };
      return { status: "preview", plan: await planRequirementsImport(db(), m.id, rows), payload: JSON.stringify(payload), fileName: payload.fileName };
    }
    payload = parsePayload(formData.get("payload"));
    // As performMutation does: the pages showing what it changed are expired once it is done.
    const applied = payload;
    const result = await expiringChangedPages(() => applyRequirementsImport(db(), actor, { modificationId: m.id, payload: applied }));
    done = { path: modificationPath(m, "requirements"), ...result };
  } catch (error) {
    const state: ImportState = { ...errorState(error), status: "error" };
    // After a failed apply, show the rows as they stand now, so the person sees which to fix.
    if (payload && !(error instanceof AppError && ["FORBIDDEN", "UNAUTHENTICATED"].includes(error.code))) {
      const m = await getModificationByRef(db(), ref);
      return { ...state, plan: await planRequirementsImport(db(), m.id, payload.rows), payload: JSON.stringify(payload), fileName: payload.fileName };
    }
    return state;
  }
  revalidatePath(done.path);
  redirect(`${done.path}?imported=${done.created},${done.updated}`);
}

function parsePayload(value: FormDataEntryValue | null): ImportPayload {
  let json: unknown;
  try {
    json = JSON.parse(typeof value === "string" ? value : "");
  } catch {
    json = null;
  }
  const parsed = importPayloadSchema.safeParse(json);
  if (!parsed.success) throw new AppError("VALIDATION", "The preview could not be read back: upload the file again.");
  return parsed.data;
}
