import "server-only";
import { z } from "zod";
import { AppError } from "@/lib/errors";

/** A command's input read with its schema; refused as VALIDATION with a message per field, before anything is written. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const fieldErrors = z.flattenError(parsed.error).fieldErrors as Record<string, string[]>;
  throw new AppError("VALIDATION", "Please correct the highlighted fields.", fieldErrors);
}
