import { forbidden, redirect } from "next/navigation";
import { AppError } from "@/lib/errors";
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

/** For mutations: the signed-in user allowed to do `action`, or an AppError to show. */
export async function authorizeMutation(action: Action): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) throw new AppError("UNAUTHENTICATED", "Your session has ended. Sign in again to continue.");
  if (!can(user.role, action)) throw new AppError("FORBIDDEN", "Your role does not allow this.");
  return user;
}
