import { decode, encode } from "next-auth/jwt";
import { authSecret } from "./secret";

/**
 * The session cookie: next-auth's JWT (signed and encrypted with the auth secret), holding the
 * user id and the id of a Session row. The row is what makes the session real: signing out
 * revokes it, so a copied cookie stops working even though its JWT has not expired.
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

export type SessionClaims = { userId: string; sessionId: string };

export function createSessionToken({ userId, sessionId }: SessionClaims): Promise<string> {
  return encode({ token: { sub: userId, sid: sessionId }, secret: authSecret(), maxAge: SESSION_MAX_AGE_SECONDS });
}

/** What a session cookie claims; null when it is missing, tampered with, expired or from before sessions had rows. */
export async function readSessionToken(token: string | undefined): Promise<SessionClaims | null> {
  if (!token) return null;
  try {
    const payload = await decode({ token, secret: authSecret() });
    const { sub, sid } = payload ?? {};
    return typeof sub === "string" && typeof sid === "string" ? { userId: sub, sessionId: sid } : null;
  } catch {
    return null;
  }
}
