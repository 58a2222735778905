import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { formatDateTime, POSITION_LABELS } from "@/lib/labels";
import { diffText, type DiffPart } from "@/lib/requirements/diff";
import { AUDIT_EVENTS, isAuditAction, type FieldFormat } from "./events";

/** Longer values are shown cut short, with the whole change behind a disclosure. */
export const SHORT_VALUE_LENGTH = 120;

/** One field that differs between an audit event's before and after; null where the side has no value (shown as —). */
export type AuditFieldChange = {
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
 * Compares an audit event's before and after field by field and lists what changed, as its kind
 * says each field reads (events.ts): ids of known things (areas) become their names, statuses
 * and roles their labels, in the order the kind lists its fields. A creation has no before.
 * A field the kind does not list (recorded by an older version of the code) still shows, after
 * the others, as its raw value: the log never hides what it holds.
 */
export function describeChanges(action: string, before: Json, after: Json, names: ReadonlyMap<string, string> = new Map()): AuditFieldChange[] {
  // FieldFormat<never>: any field's format, whatever values it is typed to read (the stored JSON is read as it comes).
  const known: Record<string, FieldFormat<never>> = isAuditAction(action) ? AUDIT_EVENTS[action].fields : {};
  const [b, a] = [asObject(before), asObject(after)];
  const order = Object.keys(known);
  const rank = (field: string) => (order.includes(field) ? order.indexOf(field) : order.length);
  const fields = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort((x, y) => rank(x) - rank(y) || x.localeCompare(y));
  return fields
    .filter((field) => JSON.stringify(b[field] ?? null) !== JSON.stringify(a[field] ?? null))
    .map((field) => {
      const format = known[field] ?? { label: field, reads: "text" };
      const [was, now] = [read(format, b[field], names), read(format, a[field], names)];
      const long = (was?.length ?? 0) > SHORT_VALUE_LENGTH || (now?.length ?? 0) > SHORT_VALUE_LENGTH;
      return { field, label: format.label, before: was, after: now, diff: long ? diffText(was ?? "", now ?? "") : null };
    })
    // an empty list where there was none: nothing to show
    .filter((change) => change.before !== null || change.after !== null);
}

/** The kind's label, e.g. "Requirement edited"; an unregistered kind (none is recorded) as it is stored. */
export function actionLabel(action: string): string {
  return isAuditAction(action) ? AUDIT_EVENTS[action].label : action;
}

function asObject(value: Json): JsonObject {
  if (value === null || value === undefined) return {};
  if (typeof value === "object" && !Array.isArray(value)) return value as JsonObject;
  return { value };
}

function read({ reads, labels }: FieldFormat<never>, value: Json, names: ReadonlyMap<string, string>): string | null {
  if (value === null || value === undefined || value === "") return null;
  switch (reads) {
    case "name":
      return typeof value === "string" ? (names.get(value) ?? value) : raw(value);
    case "label":
      // A value no label names (an enum value since renamed) shows as stored: the log never hides what it holds.
      return typeof value === "string" && labels && Object.hasOwn(labels, value) ? labels[value]! : raw(value);
    case "dateTime":
      return typeof value === "string" && !Number.isNaN(Date.parse(value)) ? formatDateTime(new Date(value)) : raw(value);
    case "list":
      return Array.isArray(value) ? value.map((v) => (typeof v === "string" ? v : raw(v))).join(", ") || null : raw(value);
    case "versions":
      return typeof value === "object" && !Array.isArray(value) ? Object.entries(value).map(([ref, v]) => `${ref} v${raw(v ?? null)}`).join(", ") || null : raw(value);
    case "answers":
      return Array.isArray(value) ? value.map(answer).join("; ") || null : raw(value);
    default:
      return raw(value);
  }
}

/** A value as it is: text as written, Yes / No, numbers, anything else as JSON. */
function raw(value: Prisma.JsonValue): string {
  if (typeof value === "string") return value;
  if (typeof value === "boolean") return value ? "Yes" : "No";
  if (typeof value === "number") return String(value);
  return JSON.stringify(value);
}

/** "Q2 Disagree: the cost is not justified" */
function answer(value: Prisma.JsonValue): string {
  if (!value || typeof value !== "object" || Array.isArray(value)) return raw(value);
  const { question, position, rationale } = value;
  const stance = typeof position === "string" && position in POSITION_LABELS ? ` ${POSITION_LABELS[position as keyof typeof POSITION_LABELS]}` : "";
  return `Q${raw(question ?? null)}${stance}: ${typeof rationale === "string" ? rationale : raw(rationale ?? null)}`;
}

/** A value cut to its first SHORT_VALUE_LENGTH characters, at a word boundary where there is one. */
export function shortened(value: string): string {
  if (value.length <= SHORT_VALUE_LENGTH) return value;
  const cut = value.slice(0, SHORT_VALUE_LENGTH);
  const space = cut.lastIndexOf(" ");
  return `${space > SHORT_VALUE_LENGTH / 2 ? cut.slice(0, space) : cut}…`;
}
