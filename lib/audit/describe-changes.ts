import type { Prisma } from "@/lib/generated/prisma/client";
import { REQUIREMENT_STATUS_LABELS } from "@/lib/labels";
import { diffText, type DiffPart } from "@/lib/requirements/diff";

/** Longer values are shown cut short, with the whole change behind a disclosure. */
export const SHORT_VALUE_LENGTH = 120;

/** One field that differs between an event's before and after; null where the side has no value (shown as —). */
export type FieldChange = {
  field: string;
  label: string;
  before: string | null;
  after: string | null;
  /** Word-by-word comparison, only for values too long to read side by side. */
  diff: DiffPart[] | null;
};

type Json = Prisma.JsonValue | null | undefined;
type JsonObject = { [key: string]: Json };

/**
 * Compares an audit event's before and after key by key and lists what changed, readably:
 * ids of known things (areas, requirements) become their names, statuses their labels.
 * A creation has no before (every field is new); a deletion has no after.
 */
export function describeChanges(before: Json, after: Json, names: ReadonlyMap<string, string> = new Map()): FieldChange[] {
  const [b, a] = [asObject(before), asObject(after)];
  const fields = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort(byFieldOrder);
  return fields
    .filter((field) => JSON.stringify(b[field] ?? null) !== JSON.stringify(a[field] ?? null))
    .map((field) => {
      const [was, now] = [readable(field, b[field], names), readable(field, a[field], names)];
      const long = (was?.length ?? 0) > SHORT_VALUE_LENGTH || (now?.length ?? 0) > SHORT_VALUE_LENGTH;
      return { field, label: fieldLabel(field), before: was, after: now, diff: long ? diffText(was ?? "", now ?? "") : null };
    });
}

// PostgreSQL's jsonb does not keep key order: show the fields people look for first, the rest alphabetically.
const FIELD_ORDER = ["ref", "title", "status", "areaId", "body", "changeNote", "version"];
function byFieldOrder(x: string, y: string): number {
  const [i, j] = [FIELD_ORDER.indexOf(x), FIELD_ORDER.indexOf(y)].map((n) => (n === -1 ? FIELD_ORDER.length : n));
  return i! - j! || x.localeCompare(y);
}

function asObject(value: Json): JsonObject {
  if (value === null || value === undefined) return {};
  if (typeof value === "object" && !Array.isArray(value)) return value as JsonObject;
  return { value };
}

function readable(field: string, value: Json, names: ReadonlyMap<string, string>): string | null {
  if (value === null || value === undefined || value === "") return null;
  if (typeof value === "string") {
    if (field === "status" && value in REQUIREMENT_STATUS_LABELS) return REQUIREMENT_STATUS_LABELS[value as keyof typeof REQUIREMENT_STATUS_LABELS];
    return names.get(value) ?? value;
  }
  if (typeof value === "boolean") return value ? "Yes" : "No";
  if (typeof value === "number") return String(value);
  return JSON.stringify(value);
}

const FIELD_LABELS: Record<string, string> = { body: "Text", areaId: "Area" };

/** "changeNote" → "Change note", "targetRequirementId" → "Target requirement". */
export function fieldLabel(field: string): string {
  return FIELD_LABELS[field] ?? sentence(field.replace(/Id$/, ""));
}

/** "requirement.updated" → "Requirement updated", "user.accessChanged" → "User access changed". */
export function actionLabel(action: string): string {
  return sentence(action.replace(/[._]/g, " "));
}

function sentence(words: string): string {
  const spaced = words.replace(/([a-z0-9])([A-Z])/g, "$1 $2").toLowerCase().trim();
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}

/** A value cut to its first SHORT_VALUE_LENGTH characters, at a word boundary where there is one. */
export function shortened(value: string): string {
  if (value.length <= SHORT_VALUE_LENGTH) return value;
  const cut = value.slice(0, SHORT_VALUE_LENGTH);
  const space = cut.lastIndexOf(" ");
  return `${space > SHORT_VALUE_LENGTH / 2 ? cut.slice(0, space) : cut}…`;
}
