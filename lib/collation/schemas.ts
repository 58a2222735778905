import "server-only";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { expectedVersionSchema } from "@/lib/versioning/schemas";
import { idSchema, plainText } from "@/lib/validation/text";

export const MAX_THEMES = 10;
export const MAX_THEME_LENGTH = 40;
export const MAX_SUMMARY_LENGTH = 10_000;

const theme = plainText(z.string().trim().min(1).max(MAX_THEME_LENGTH, `A theme is at most ${MAX_THEME_LENGTH} characters`));

/** "cost, timing ,  cost" → ["cost", "timing"]: comma-separated, trimmed, empty ones dropped, duplicates (ignoring case) once. */
export const themesSchema = z
  .string()
  .max(1_000, "Too many themes")
  .transform((text) => {
    const seen = new Set<string>();
    return text
      .split(",")
      .map((t) => t.trim().replace(/\s+/g, " "))
      .filter((t) => t !== "" && !seen.has(t.toLowerCase()) && seen.add(t.toLowerCase()));
  })
  .pipe(z.array(theme).max(MAX_THEMES, `An answer has at most ${MAX_THEMES} themes`));

export const themesFormSchema = z.object({ answerId: idSchema, themes: themesSchema });

export const summarySchema = plainText(z.string().trim().max(MAX_SUMMARY_LENGTH, `A summary is at most ${MAX_SUMMARY_LENGTH.toLocaleString("en-GB")} characters`));
export const summaryFormSchema = z.object({ questionId: idSchema, expectedVersion: expectedVersionSchema, summary: summarySchema });

export const versionFormSchema = z.object({ expectedVersion: expectedVersionSchema });

/** A command's own check of what it is given (a form's input has passed the same rules). */
export function parseOrRefuse<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw new AppError("VALIDATION", parsed.error.issues[0]?.message ?? "That could not be read.");
  return parsed.data;
}
