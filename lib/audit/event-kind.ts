import "server-only";
import type { Action } from "@/lib/auth/permissions";
import type { AuditAction, AuditPayloads } from "./events";

/* The shape every audit event kind shares, and the field readings the kinds (./kinds/) are made of. */

/** An event in a modification's audit log (its entity type is the Prisma model's name). */
export type InModification<Entity extends string> = { entityType: Entity; modificationId: string };
export type Noted = { changeNote: string };

type Side<A extends AuditAction, S extends "before" | "after"> = S extends keyof AuditPayloads[A] ? NonNullable<AuditPayloads[A][S & keyof AuditPayloads[A]]> : never;
/** The fields an event of kind A may hold, before or after. */
export type AuditField<A extends AuditAction> = Extract<keyof Side<A, "before"> | keyof Side<A, "after">, string>;

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
export type FieldFormat = { label: string; reads: FieldReading; labels?: Readonly<Record<string, string>> };

/**
 * Who may see an event of a kind, on top of `audit.read` (the page's own permission):
 * - everyone who may read the audit;
 * - only those the matrix allows `permission`;
 * - everyone, except an event whose after[`flag`] is not false: then only those allowed `permission`
 *   (an event missing the flag is treated as flagged: the rule fails closed).
 * The reader applies it in its query (visibility.ts), so hidden events count nowhere.
 */
export type Visibility<A extends AuditAction> =
  | { to: "auditReaders" }
  | { to: "permitted"; permission: Action }
  | { to: "auditReadersUnlessFlagged"; flag: BooleanField<Side<A, "after">>; permission: Action };
type BooleanField<T> = { [K in keyof T]: T[K] extends boolean ? K : never }[keyof T] & string;

export type AuditEventKind<A extends AuditAction> = {
  /** "Requirement edited": the kind of change, in the filter list and on each row. */
  label: string;
  /** What it is about, e.g. "Requirement" (followed by its reference where known). */
  subject: string;
  entityType: AuditPayloads[A]["entityType"];
  /** Every field of the payload, in the order the page lists changes, with how it reads. */
  fields: Record<AuditField<A>, FieldFormat>;
  visibleTo: Visibility<A>;
};

/** One area's kinds, for the payloads it declares. */
export type EventKinds<Payloads> = { [A in keyof Payloads & AuditAction]: AuditEventKind<A> };

/** A field and how it reads; given an enum's labels (lib/labels.ts and the areas' labels), its stored values read as those. */
export const field = (label: string, reads: FieldReading | Readonly<Record<string, string>> = "text"): FieldFormat =>
  typeof reads === "string" ? { label, reads } : { label, reads: "label", labels: reads };
export const REF = field("Reference");
export const TITLE = field("Title");
export const CHANGE_NOTE = field("Change note");
export const VERSION = field("Version", "number");
export const EVERYONE = { to: "auditReaders" } as const;
