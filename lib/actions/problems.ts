import "server-only";
import type { FormState } from "./form-state";

/**
 * What a redirect may report in its URL (`?problem=conflict`). Only these codes travel, never
 * text: a link anyone can craft must not be able to put words in the portal's red alert box.
 */
export const PROBLEMS = {
  invalid: "That request could not be read. Reload the page and try again.",
  "sign-in": "Your session has ended. Sign in again to continue.",
  forbidden: "Your role does not allow this.",
  gone: "That no longer exists: someone may have removed it meanwhile. Nothing was changed.",
  conflict: "Someone changed this meanwhile. Nothing was changed: look at the page again and retry.",
  unexpected: "Something went wrong on our side. Nothing was changed; please try again.",
} as const;

export type ProblemCode = keyof typeof PROBLEMS;

const BY_ERROR_CODE: Record<string, ProblemCode> = {
  VALIDATION: "invalid",
  UNAUTHENTICATED: "sign-in",
  FORBIDDEN: "forbidden",
  NOT_FOUND: "gone",
  CONFLICT: "conflict",
};

/** The code to put in the URL for a failed mutation. */
export function problemCodeOf(state: FormState): ProblemCode {
  return BY_ERROR_CODE[state.code ?? ""] ?? "unexpected";
}

/** The text for a code from a URL; nothing for anything else, whatever it says. */
export function problemMessage(code: unknown): string | null {
  return typeof code === "string" && Object.hasOwn(PROBLEMS, code) ? PROBLEMS[code as ProblemCode] : null;
}
