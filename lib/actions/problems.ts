import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { getCurrentUser } from "@/lib/auth/current-user";
import { authSecret } from "@/lib/auth/secret";
import type { FormState } from "./form-state";

/**
 * What a redirect may report in its URL (`?problem=conflict`). The alert box shows these texts,
 * never words from the URL, unless the portal signed them (problemQuery): a link anyone can craft
 * must not be able to put words in the portal's red alert box.
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

/*
 * A refusal in the command's own words ("This round's window ended on 3 Jun 2027, 17:00: edit its
 * closing time before opening it") says more than a code's text. It travels beside the code,
 * signed for the person it was written for: a link crafted by anyone else, or passed on to anyone
 * else, does not verify, and its page shows the code's text alone.
 */
type ProblemQuery = { problem?: unknown; why?: unknown; sig?: unknown };

function signature(userId: string, code: string, why: string): string {
  return createHmac("sha256", authSecret()).update(["problem", userId, code, why].join("\0")).digest("base64url");
}

/** The query string (`problem=…`, and `&why=…&sig=…` for a refusal the command explained) for a failed mutation's redirect. */
export async function problemQuery(state: FormState): Promise<string> {
  return problemQueryFor(state, (await getCurrentUser())?.id ?? null);
}

/** problemQuery for a given user. */
export function problemQueryFor(state: FormState, userId: string | null): string {
  const code = problemCodeOf(state);
  const query = new URLSearchParams({ problem: code });
  // A command's AppError explains itself; a form zod refused names fields that a plain form does not show.
  const why = state.code && !Object.keys(state.fieldErrors ?? {}).length ? state.message : undefined;
  if (userId && why) {
    query.set("why", why);
    query.set("sig", signature(userId, code, why));
  }
  return query.toString();
}

/** The alert's text for a page's query: the command's words where they were signed for this user, else the code's text, else nothing. */
export function problemText({ problem, why, sig }: ProblemQuery, userId: string | null): string | null {
  const text = problemMessage(problem);
  if (!text || !userId || typeof why !== "string" || typeof sig !== "string") return text;
  const expected = Buffer.from(signature(userId, problem as string, why));
  const given = Buffer.from(sig);
  return given.length === expected.length && timingSafeEqual(given, expected) ? why : text;
}
