/**
 * The key that signs session cookies. `npm start` generates one under .data/ for local runs;
 * a production deployment must set NEXTAUTH_SECRET (or AUTH_SECRET) itself.
 */
export function authSecret(): string {
  const secret = process.env.NEXTAUTH_SECRET || process.env.AUTH_SECRET;
  if (!secret) {
    throw new Error("NEXTAUTH_SECRET (or AUTH_SECRET) must be set: `npm start` sets one for local runs; production must provide its own");
  }
  return secret;
}
