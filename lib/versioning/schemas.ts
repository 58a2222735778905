import { z } from "zod";
import { plainText } from "@/lib/validation/text";

/*
 * The two fields every versioned edit form sends, written once for all of them (requirements,
 * Service Requests, accounts, and the comments, responses and impact assessments to come).
 */

/** The version the form was opened at, from a hidden field: the save goes through only if the row is still at it (see update-at-version.ts). */
export const expectedVersionSchema = z.coerce.number().int().positive();

/** Why the person changed it, kept with the version it makes. */
export const changeNoteSchema = plainText(
  z.string("Say what changed and why").trim().min(1, "Say what changed and why").max(500, "Change notes are at most 500 characters"),
);
