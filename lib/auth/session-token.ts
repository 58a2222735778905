import { decode, encode } from "next-auth/jwt";
import { authSecret } from "./secret";

/**
 * The session: next-auth's JWT (signed and encrypted with the auth secret) in an http-only cookie,
 * holding only the user id. Role and status are read from the user row on every request.
 */
export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

/** Secure (https-only, __Secure- prefixed) when the portal's public address is https. */
export function sessionCookie() {
  const secure = process.env.NEXTAUTH_URL?.startsWith("https://") ?? false;
  return {
    name: `${secure ? "__Secure-" : ""}next-auth.session-token`,
    options: { httpOnly: true, sameSite: "lax" as const, path: "/", secure, maxAge: SESSION_MAX_AGE_SECONDS },
  };
}

export function createSessionToken(userId: string): Promise<string> {
  return encode({ token: { sub: userId }, secret: authSecret(), maxAge: SESSION_MAX_AGE_SECONDS });
}

/** The user id in a session token; null when it is missing, tampered with or expired. */
export async function readSessionToken(token: string | undefined): Promise<string | null> {
  if (!token) return null;
  try {
    const payload = await decode({ token, secret: authSecret() });
    return typeof payload?.sub === "string" ? payload.sub : null;
  } catch {
    return null;
  }
}
