import "server-only";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { expectedVersionSchema } from "@/lib/versioning/schemas";

/** What the response commands take. `organisationId`: the actor's own for a party respondent (never a form's); the chosen one for SECAS. */
export type ResponseInput = {
  modificationId: string;
  consultationId: string;
  organisationId: string;
  /** The version the form was opened at; null when there was no response yet. */
  expectedVersion: number | string | null;
  /** The answers, keyed by question id (schemas.ts); a form's through responseFieldsFromForm. */
  fields: unknown;
};

const versionOrNone = z.union([z.null(), z.literal("").transform(() => null), expectedVersionSchema]);

export function parseExpectedVersion(value: unknown): number | null {
  const parsed = versionOrNone.safeParse(value);
  if (!parsed.success) throw new AppError("VALIDATION", "This form is out of date: reload the page and try again.");
  return parsed.data;
}
