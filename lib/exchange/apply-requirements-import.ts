import "server-only";
import { z } from "zod";
import { withoutInvisible } from "@/lib/validation/text";
import type { CurrentUser } from "@/lib/auth/current-user";
import { requirePermission } from "@/lib/auth/require-permission";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Db } from "@/lib/db";
import { AppError, isAppError } from "@/lib/errors";
import { createRequirementIn } from "@/lib/requirements/create-requirement";
import { lockAllAreas } from "@/lib/requirements/lock-areas";
import { updateRequirementIn } from "@/lib/requirements/update-requirement";
import type { PlannedRow } from "./import-plan";
import { planRequirementsImport } from "./plan-requirements-import";
import { importRowSchema, MAX_IMPORT_ROWS } from "./read-requirements-file";

/** What the preview page sends back to apply: the file's rows as read, and its name for the change notes. */
export const importPayloadSchema = z.object({
  // Cleaned before the length check, so a name of nothing but invisible characters is refused.
  fileName: z.string().transform(withoutInvisible).pipe(z.string().trim().min(1).max(200)),
  rows: z.array(importRowSchema).min(1).max(MAX_IMPORT_ROWS),
});
export type ImportPayload = z.infer<typeof importPayloadSchema>;

/** Importing both adds and edits requirements, so it needs both permissions. */
export function requireImportPermission(actor: CurrentUser | null): asserts actor is CurrentUser {
  requirePermission(actor, "requirement.create");
  requirePermission(actor, "requirement.edit");
}

/**
 * Applies every new and changed row in one transaction, after checking each again against the
 * database as it is now: if any row fails (an error row, or someone saved in between) nothing is written.
 */
export async function applyRequirementsImport(
  db: Db,
  actor: CurrentUser | null,
  { modificationId, payload }: { modificationId: string; payload: ImportPayload },
): Promise<{ created: number; updated: number }> {
  requireImportPermission(actor);
  const changeNote = `Imported from ${payload.fileName}`.slice(0, 500);
  return db.$transaction(
    async (tx) => {
      // All the areas up front, in the order every writer takes them (see lock-areas.ts).
      await lockAllAreas(tx, modificationId);
      const plan = await planRequirementsImport(tx, modificationId, payload.rows);
      const firstError = plan.rows.find((r) => r.kind === "error");
      if (firstError) throw new AppError("VALIDATION", `Nothing was imported. Row ${firstError.row}${firstError.ref ? ` (${firstError.ref})` : ""}: ${firstError.reasons.join(" ")}`);
      if (plan.counts.new + plan.counts.changed === 0) throw new AppError("VALIDATION", "Nothing to import: every row is unchanged.");
      const created: string[] = [];
      const updated: string[] = [];
      for (const row of plan.rows) {
        await applyRow(row, async () => {
          if (row.kind === "new") created.push((await createRequirementIn(tx, actor, { modificationId, fields: row.fields, changeNote })).ref);
          if (row.kind === "changed") {
            await updateRequirementIn(tx, actor, { modificationId, requirementId: row.requirementId, expectedVersion: row.expectedVersion, fields: row.fields, changeNote });
            updated.push(row.ref);
          }
        });
      }
      await recordAuditEvent(tx, {
        actorId: actor.id,
        modificationId,
        action: "requirements.imported",
        entityType: "Modification",
        entityId: modificationId,
        after: { fileName: payload.fileName, created: created.length, updated: updated.length, unchanged: plan.counts.unchanged, createdRefs: created, updatedRefs: updated },
      });
      return { created: created.length, updated: updated.length };
    },
    { timeout: 60_000 },
  );
}

/** Names the row that failed, so the person knows what to fix; the transaction rolls back everything. */
async function applyRow(row: PlannedRow, write: () => Promise<void>) {
  try {
    await write();
  } catch (error) {
    if (!isAppError(error)) throw error;
    const ref = "ref" in row && row.ref ? ` (${row.ref})` : "";
    const reason =
      error.code === "CONFLICT"
        ? "someone saved a new version while the import ran: export again and redo the change."
        : error.message;
    throw new AppError(error.code === "CONFLICT" ? "CONFLICT" : "VALIDATION", `Nothing was imported. Row ${row.row}${ref}: ${reason}`);
  }
}
