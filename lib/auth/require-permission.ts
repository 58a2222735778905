import { AppError } from "@/lib/errors";
import type { CurrentUser } from "./current-user";
import { can, type Action, type ResourceArgs } from "./permissions";

/**
 * The check every domain command makes before it changes anything. A resource rule
 * (comment.create, consultation.respond, impact.writeParty) needs the resource, loaded through
 * the modification the command acts on; without it the matrix refuses.
 */
export function requirePermission<A extends Action>(actor: CurrentUser | null, action: A, ...resource: ResourceArgs<A>): asserts actor is CurrentUser {
  if (!actor) throw new AppError("UNAUTHENTICATED", "Your session has ended. Sign in again to continue.");
  if (!can(actor, action, ...resource)) throw new AppError("FORBIDDEN", "Your role does not allow this.");
}
