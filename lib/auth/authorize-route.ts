import "server-only";
import { plainTextResponse } from "@/lib/http/route-responses";
import { getCurrentUser, type CurrentUser } from "./current-user";
import { principalOf } from "./authorize";
import { can, type Action, type ResourceArgs } from "./permissions";

type Authorized = { ok: true; user: CurrentUser | null } | { ok: false; response: Response };

/**
 * For route handlers (downloads), where a redirect to sign in or the 403 page makes no sense:
 * the same matrix as pages, answered with 401 for a visitor and 403 for a role without `action`.
 */
export async function authorizeRoute<A extends Action>(action: A, ...resource: ResourceArgs<A>): Promise<Authorized> {
  const user = await getCurrentUser();
  if (can(principalOf(user), action, ...resource)) return { ok: true, user };
  return user
    ? { ok: false, response: plainTextResponse(403, "Your role does not allow this.") }
    : { ok: false, response: plainTextResponse(401, "Sign in to download this.") };
}
