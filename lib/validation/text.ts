import { z } from "zod";

/*
 * The one rule for text people type or send: no control characters and no direction overrides.
 * - Control characters (NUL and the other C0 codes except tab, line feed and carriage return; DEL;
 *   the C1 codes) are never meant: PostgreSQL refuses NUL outright ("invalid byte sequence"), and
 *   the rest are invisible.
 * - Bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) make text read
 *   differently from what it stores ("Trojan Source"): a title could show "shall" over "shall not".
 * Both are refused with a message for the field rather than silently removed: the person sees why.
 */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/u;
const BIDI = /[\u202A-\u202E\u2066-\u2069]/u;
const INVISIBLE = new RegExp(`${CONTROL.source}|${BIDI.source}`, "gu");

export const CONTROL_MESSAGE = "Remove the invisible control characters (such as NUL) from this text";
export const BIDI_MESSAGE = "Remove the invisible text-direction characters (U+202A–U+202E, U+2066–U+2069) from this text";

/** Adds the rule to a string schema (after its trim, length and emptiness checks). */
export function plainText<T extends z.ZodType<string | undefined>>(schema: T): T {
  return schema
    .refine((v) => v === undefined || !CONTROL.test(v), CONTROL_MESSAGE)
    .refine((v) => v === undefined || !BIDI.test(v), BIDI_MESSAGE) as T;
}

function isPlainText(value: string): boolean {
  return !CONTROL.test(value) && !BIDI.test(value);
}

/** The text without the characters the rule refuses, for what we only show (an uploaded file's name). */
export function withoutInvisible(value: string): string {
  return value.replace(INVISIBLE, "");
}

/**
 * A key from an address (a requirement reference, a Service Request number, a baseline id): worth
 * looking up only if it is short plain text. Anything else is simply not found — before the
 * database sees it, since a NUL would make PostgreSQL fail the query.
 */
export function isLookupKey(value: unknown, maxLength = 100): value is string {
  return typeof value === "string" && value.length > 0 && value.length <= maxLength && isPlainText(value);
}

/** A row id a form sends back in a hidden field (our ids are cuids): checked before any query sees it. */
export const idSchema = z.string().regex(idPattern(), "This form is out of date: reload the page and try again.");

/** Our row ids (cuids), optionally followed by more of a pattern (e.g. ":(up|down)"), anchored. */
export function idPattern(then = ""): RegExp {
  return new RegExp(`^[A-Za-z0-9_-]{1,64}${then}$`);
}
