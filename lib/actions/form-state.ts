import "server-only";
import { z } from "zod";
import { isAppError, type AppErrorCode } from "@/lib/errors";

/** What a form's server action returns: shown next to the form, so a mistake never loses the user's input. */
export type FormState = {
  status: "idle" | "error" | "success";
  message?: string;
  /** The AppError's code (VALIDATION for a form zod refused); absent for an unexpected error. */
  code?: AppErrorCode;
  fieldErrors?: Record<string, string[]>;
  /** What was submitted, to put back in the form (React resets a form after its action runs). Never secrets. */
  values?: Record<string, string>;
  /** An AppError's details, e.g. the other person's version after a CONFLICT. */
  details?: unknown;
  /** The form asked for a preview rather than a save. */
  preview?: boolean;
};

/** Reads a form with zod; invalid input becomes field messages, and nothing is done. */
export function parseForm<T extends z.ZodType>(schema: T, formData: FormData):
  | { ok: true; data: z.infer<T> }
  | { ok: false; state: FormState } {
  const parsed = schema.safeParse(Object.fromEntries(formData));
  if (parsed.success) return { ok: true, data: parsed.data };
  return {
    ok: false,
    state: { status: "error", code: "VALIDATION", message: "Please correct the highlighted fields.", fieldErrors: z.flattenError(parsed.error).fieldErrors as Record<string, string[]> },
  };
}

/** The one error policy: errors users can act on are shown; anything else is logged and replaced by a generic message. */
export function errorState(error: unknown): FormState {
  if (isAppError(error)) return { status: "error", code: error.code, message: error.message, fieldErrors: error.fieldErrors, details: error.details };
  console.error(error);
  return { status: "error", message: "Something went wrong on our side. Nothing was changed; please try again." };
}
