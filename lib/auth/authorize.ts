import "server-only";
import { forbidden, redirect } from "next/navigation";
import { getCurrentUser, type CurrentUser } from "./current-user";
import { can, VISITOR, type Action, type Principal, type ResourceArgs } from "./permissions";

/** The signed-in user as the matrix sees them (role, committee, organisation), or VISITOR. */
export function principalOf(user: CurrentUser | null): Principal {
  return user ?? VISITOR;
}

/**
 * For pages. Returns the user (null for a visitor) when the matrix allows `action`;
 * otherwise sends a visitor to sign in (coming back to `returnTo`) and shows 403 to a signed-in user.
 */
export async function authorizePage<A extends Action>(action: A, returnTo: string, ...resource: ResourceArgs<A>): Promise<CurrentUser | null> {
  const user = await getCurrentUser();
  if (can(principalOf(user), action, ...resource)) return user;
  if (!user) redirect(`/signin?callbackUrl=${encodeURIComponent(returnTo)}`);
  forbidden();
}
