import "server-only";
import type { Action } from "@/lib/auth/permissions";
import type { AuditAction, AuditPayloads } from "./events";

/* The shape every audit event kind shares, and the field readings the kinds (./kinds/) are made of. */

/** An event in a modification's audit log (its entity type is the Prisma model's name). */
export type InModification<Entity extends string> = { entityType: Entity; modificationId: string };
export type Noted = { changeNote: string };

type Side<A extends AuditAction, S extends "before" | "after"> = S extends keyof AuditPayloads[A] ? NonNullable<AuditPayloads[A][S & keyof AuditPayloads[A]]> : never;
/** keyof, but nothing for a side the kind does not have (keyof never is every key). */
type KeysOf<T> = [T] extends [never] ? never : keyof T;
/** The fields an event of kind A may hold, before or after. */
export type AuditField<A extends AuditAction> = Extract<KeysOf<Side<A, "before">> | KeysOf<Side<A, "after">>, string>;
type ValueIn<T, F extends string> = T extends unknown ? (F extends keyof T ? T[F] : never) : never;
/** The values field F of an event of kind A may hold, before or after (null aside: it reads as nothing). */
type FieldValue<A extends AuditAction, F extends string> = NonNullable<ValueIn<Side<A, "before">, F> | ValueIn<Side<A, "after">, F>>;

/** How a field's value reads on the page (describe-changes.ts does the reading). */
export type FieldReading =
  | "text"
  | "number"
  | "yesNo"
  /** an id of something the page can name (an area, a requirement) */
  | "name"
  /** a stored enum value, shown by its label (`labels`) */
  | "label"
  /** an ISO instant, shown as a London date and time */
  | "dateTime"
  | "list"
  /** { "BR-01": 3 } → "BR-01 v3" */
  | "versions"
  | "answers";
/**
 * `V` is what values the format can read: a field read through an enum's labels takes only that
 * enum's values, so a kind whose payload holds a value the labels lack does not compile (the
 * phantom `readsValues` is contravariant in V).
 */
export type FieldFormat<V = unknown> = { label: string; reads: FieldReading; labels?: Readonly<Record<string, string>>; readonly readsValues?: (value: V) => void };

/**
 * Who may see an event of a kind, on top of `audit.read` (the page's own permission):
 * - everyone who may read the audit;
 * - only those the matrix allows `permission`;
 * - those the matrix allows `readers`, except an event whose after[`flag`] is not false: then only
 *   those allowed `permission` (an event missing the flag is treated as flagged: the rule fails closed).
 * The reader applies it in its query (visibility.ts), so hidden events count nowhere.
 */
export type Visibility<A extends AuditAction> =
  | { to: "auditReaders" }
  | { to: "permitted"; permission: Action }
  | { to: "readersUnlessFlagged"; readers: Action; flag: BooleanField<Side<A, "after">>; permission: Action };
type BooleanField<T> = { [K in keyof T]: T[K] extends boolean ? K : never }[keyof T] & string;

export type AuditEventKind<A extends AuditAction> = {
  /** "Requirement edited": the kind of change, in the filter list and on each row. */
  label: string;
  /** What it is about, e.g. "Requirement" (followed by its reference where known). */
  subject: string;
  entityType: AuditPayloads[A]["entityType"];
  /** Every field of the payload, in the order the page lists changes, with how it reads. */
  fields: { [F in AuditField<A>]: FormatFor<FieldValue<A, F>> };
  visibleTo: Visibility<A>;
};

/** One area's kinds, for the payloads it declares. */
export type EventKinds<Payloads> = { [A in keyof Payloads & AuditAction]: AuditEventKind<A> };

/** Read through an enum's labels. */
type LabelledFormat<V> = FieldFormat<V> & { reads: "label" };
/** A field holding one of a set of stored values (an enum) must read them through labels that cover each. */
type FormatFor<V> = [V] extends [string] ? (string extends V ? FieldFormat<V> : LabelledFormat<V>) : FieldFormat<V>;

/** A field and how it reads; given an enum's labels (lib/labels.ts and the areas' labels), its stored values read as those. */
export function field(label: string, reads?: Exclude<FieldReading, "label">): FieldFormat;
export function field<E extends string>(label: string, labels: Readonly<Record<E, string>>): LabelledFormat<E>;
export function field(label: string, reads: FieldReading | Readonly<Record<string, string>> = "text"): FieldFormat {
  return typeof reads === "string" ? { label, reads } : { label, reads: "label", labels: reads };
}
export const REF = field("Reference");
export const TITLE = field("Title");
export const CHANGE_NOTE = field("Change note");
export const VERSION = field("Version", "number");
export const EVERYONE = { to: "auditReaders" } as const;
