import "server-only";
import type { DbOrTx } from "@/lib/db";
import type { RequirementStatus } from "@/lib/generated/prisma/enums";
import { requirementFieldsSchema } from "@/lib/requirements/schemas";
import type { ImportCounts, ImportPlan, PlannedRow } from "./import-plan";
import type { ImportRow } from "./read-requirements-file";

type Existing = { id: string; ref: string; title: string; body: string; areaId: string; status: RequirementStatus; version: number };

// A spreadsheet may save line breaks as CRLF: that alone is not a change.
const sameText = (a: string, b: string) => a.replace(/\r\n/g, "\n") === b.replace(/\r\n/g, "\n");

/**
 * Classifies each row against the modification as it is now: new, changed, unchanged, or an error
 * with its reasons. Two queries whatever the number of rows.
 */
export async function planRequirementsImport(db: DbOrTx, modificationId: string, rows: ImportRow[]): Promise<ImportPlan> {
  const [requirements, areas] = await Promise.all([
    db.requirement.findMany({ where: { modificationId }, select: { id: true, ref: true, title: true, body: true, areaId: true, status: true, version: true } }),
    db.requirementArea.findMany({ where: { modificationId }, orderBy: { position: "asc" }, select: { id: true, title: true } }),
  ]);
  const byRef = new Map(requirements.map((r) => [r.ref, r]));
  const areaByTitle = new Map(areas.map((a) => [a.title.trim().toLowerCase(), a]));
  const areaTitle = new Map(areas.map((a) => [a.id, a.title]));
  const validAreas = areas.map((a) => a.title).join("; ");
  const rowsByRef = new Map<string, number[]>();
  for (const r of rows) if (r.ref) rowsByRef.set(r.ref, [...(rowsByRef.get(r.ref) ?? []), r.row]);

  const planned = rows.map((row): PlannedRow => {
    const reasons: string[] = [];
    const twice = row.ref ? rowsByRef.get(row.ref)! : [];
    if (twice.length > 1) reasons.push(`${row.ref} appears more than once in the file (rows ${twice.join(", ")}): keep one row per requirement.`);
    const existing = row.ref ? byRef.get(row.ref) : undefined;
    if (row.ref && !existing) reasons.push(`There is no requirement ${row.ref} in this modification: leave Ref empty to add a new requirement.`);

    const area = areaByTitle.get(row.area.toLowerCase());
    if (row.area && !area) reasons.push(`There is no area "${row.area}": use one of ${validAreas}.`);
    const parsed = requirementFieldsSchema.safeParse({ areaId: area?.id ?? (row.area ? "unknown" : ""), title: row.title, body: row.body });
    if (!parsed.success) reasons.push(...parsed.error.issues.map((i) => i.message));
    if (reasons.length > 0 || !parsed.success) return { kind: "error", row: row.row, ref: row.ref, reasons };

    const fields = parsed.data;
    const after = { title: fields.title, body: fields.body, area: area!.title };
    if (!existing) return { kind: "new", row: row.row, fields, after };
    if (fields.title === existing.title && sameText(fields.body, existing.body) && fields.areaId === existing.areaId) return { kind: "unchanged", row: row.row, ref: row.ref };
    const stale = staleVersion(existing, row.version);
    if (existing.status === "WITHDRAWN") reasons.push(`${row.ref} is withdrawn: reinstate it as a draft on its page before changing it.`);
    if (stale) reasons.push(stale);
    if (reasons.length > 0) return { kind: "error", row: row.row, ref: row.ref, reasons };
    const before = { title: existing.title, body: existing.body, area: areaTitle.get(existing.areaId) ?? "" };
    return { kind: "changed", row: row.row, ref: row.ref, requirementId: existing.id, expectedVersion: existing.version, fields, before, after };
  });
  return { rows: planned, counts: countKinds(planned) };
}

/** The edit form's conflict protection: a change must start from the version that is current now. */
function staleVersion(existing: Existing, version: string): string | null {
  const match = /^v?(\d{1,9})$/i.exec(version.trim());
  if (!match) return `${existing.ref} has no valid Version (the file has "${version}"): keep the Version column as exported.`;
  const fileVersion = Number(match[1]);
  if (fileVersion === existing.version) return null;
  return `${existing.ref} has changed since this file was exported (file has v${fileVersion}, now v${existing.version}): export again and redo the change`;
}

function countKinds(rows: PlannedRow[]): ImportCounts {
  const count = (kind: PlannedRow["kind"]) => rows.filter((r) => r.kind === kind).length;
  return { new: count("new"), changed: count("changed"), unchanged: count("unchanged"), errors: count("error") };
}
