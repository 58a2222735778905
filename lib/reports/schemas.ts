import { z } from "zod";
import { AppError } from "@/lib/errors";
import { parseReportNumber, type ReportNumber } from "./report-numbers";

export const NUMBER_FORMAT = "Give the version as two numbers with a dot, such as 0.2 or 1.0.";

export function parseNumberField(text: unknown): ReportNumber {
  const parsed = typeof text === "string" ? parseReportNumber(text) : null;
  if (!parsed) throw new AppError("VALIDATION", NUMBER_FORMAT, { number: [NUMBER_FORMAT] });
  return parsed;
}

/** A baseline chosen in a form: an id, or none ("" from the form's "no baseline" option). */
export const baselineChoice = z
  .string()
  .max(100)
  .nullable()
  .transform((v) => (v ? v : null));

export function parseBaselineChoice(value: unknown): string | null {
  const parsed = baselineChoice.safeParse(value ?? null);
  if (!parsed.success) throw new AppError("VALIDATION", "Choose a baseline from the list.", { baselineId: ["Choose a baseline from the list."] });
  return parsed.data;
}
