/**
 * An error a user can act on. `message` is fit to show on the page; anything that is
 * not an AppError is logged and replaced by a generic message (see lib/actions).
 */
export type AppErrorCode = "VALIDATION" | "UNAUTHENTICATED" | "FORBIDDEN" | "NOT_FOUND" | "CONFLICT" | "TOO_MANY_ATTEMPTS";

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string,
    /** Messages per form field, for VALIDATION. */
    readonly fieldErrors: Record<string, string[]> = {},
    /** What the page needs to help the user on, e.g. the other person's version for CONFLICT. */
    readonly details?: unknown,
  ) {
    super(message);
    this.name = "AppError";
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
