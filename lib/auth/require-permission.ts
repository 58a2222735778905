import { AppError } from "@/lib/errors";
import type { CurrentUser } from "./current-user";
import { can, type Action } from "./permissions";

/** The check every domain command makes before it changes anything. */
export function requirePermission(actor: CurrentUser | null, action: Action): asserts actor is CurrentUser {
  if (!actor) throw new AppError("UNAUTHENTICATED", "Your session has ended. Sign in again to continue.");
  if (!can(actor.role, action)) throw new AppError("FORBIDDEN", "Your role does not allow this.");
}
