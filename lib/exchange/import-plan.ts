import type { RequirementFields } from "@/lib/requirements/schemas";

/* An import's preview, as planRequirementsImport makes it and the import form shows it: no server code, so the browser may load it. */

type Side = { title: string; body: string; area: string };

/** What importing one row would do. Nothing here has been written. */
export type PlannedRow =
  | { kind: "new"; row: number; fields: RequirementFields; after: Side }
  | { kind: "changed"; row: number; ref: string; requirementId: string; expectedVersion: number; fields: RequirementFields; before: Side; after: Side }
  | { kind: "unchanged"; row: number; ref: string }
  | { kind: "error"; row: number; ref: string; reasons: string[] };

export type ImportCounts = { new: number; changed: number; unchanged: number; errors: number };
export type ImportPlan = { rows: PlannedRow[]; counts: ImportCounts };

/** "2 new, 1 changed, 12 unchanged, 1 with errors". */
export function describeCounts(c: ImportCounts): string {
  return `${c.new} new, ${c.changed} changed, ${c.unchanged} unchanged, ${c.errors} with errors`;
}
