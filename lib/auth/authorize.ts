import { forbidden, redirect } from "next/navigation";
import { getCurrentUser, type CurrentUser } from "./current-user";
import { can, VISITOR, type Action } from "./permissions";

export function principalOf(user: CurrentUser | null) {
  return user?.role ?? VISITOR;
}

/**
 * For pages. Returns the user (null for a visitor) when the matrix allows `action`;
 * otherwise sends a visitor to sign in (coming back to `returnTo`) and shows 403 to a signed-in user.
 */
export async function authorizePage(action: Action, returnTo: string): Promise<CurrentUser | null> {
  const user = await getCurrentUser();
  if (can(principalOf(user), action)) return user;
  if (!user) redirect(`/signin?callbackUrl=${encodeURIComponent(returnTo)}`);
  forbidden();
}
