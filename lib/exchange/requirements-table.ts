import "server-only";
import type { RequirementSnapshot } from "@/lib/baselines/get-baseline-requirements";
import { REQUIREMENT_STATUS_LABELS } from "@/lib/labels";
import type { Cell } from "./csv";
import type { XlsxColumn } from "./xlsx";

const COLUMNS: XlsxColumn[] = [
  { header: "Ref", width: 9 },
  { header: "Area", width: 28, wrap: true },
  { header: "Title", width: 45, wrap: true },
  { header: "Status", width: 11 },
  { header: "Version", width: 9 },
  { header: "Body", width: 90, wrap: true },
  { header: "Last changed", width: 18 },
];
const BASELINE_COLUMN: XlsxColumn = { header: "Baseline name", width: 30, wrap: true };

/** The columns and rows every spreadsheet export shares; a baseline's export names the baseline on each row. */
export function requirementsTable(requirements: RequirementSnapshot[], baselineName?: string): { columns: XlsxColumn[]; rows: Cell[][] } {
  const columns = baselineName === undefined ? COLUMNS : [...COLUMNS, BASELINE_COLUMN];
  const rows = requirements.map((r): Cell[] => {
    const row: Cell[] = [r.ref, r.area.title, r.title, REQUIREMENT_STATUS_LABELS[r.status], r.version, r.body, r.changedAt];
    return baselineName === undefined ? row : [...row, baselineName];
  });
  return { columns, rows };
}

/** A file-name-safe form of a baseline's name: "Business Requirements v0.1" → "business-requirements-v0-1". */
export function slugify(name: string): string {
  return (
    name
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 60)
      .replace(/-+$/, "") || "baseline"
  );
}
