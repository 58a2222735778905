/**
 * The security headers of every response, in one place (applied by proxy.ts).
 * Pure functions, so the unit tests read exactly what the browser is sent.
 */

/** A fresh, unguessable nonce for one response: 128 random bits, base64. */
export function createNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

export function contentSecurityPolicy(nonce: string, { development = false } = {}): string {
  return [
    "default-src 'self'",
    // Next.js puts the nonce on its own scripts when it finds it in the request's CSP; 'strict-dynamic'
    // lets those scripts load the page's chunks. React needs eval only for its development tooling.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    // <style> elements need the nonce (Next.js adds it to the ones it writes; in development its hot
    // reloading inserts styles without one). Style *attributes* cannot carry a nonce; React and Next.js
    // set a few (the route announcer, the development overlay), and a style attribute runs no code.
    `style-src 'self' ${development ? "'unsafe-inline'" : `'nonce-${nonce}'`}`,
    "style-src-attr 'unsafe-inline'",
    // Only our own images: a Markdown image pointing elsewhere (a tracking pixel) is never fetched.
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** Headers for every response, whatever its type (pages, downloads, static files). */
export function securityHeaders({ https }: { https: boolean }): Record<string, string> {
  return {
    // Older browsers ignore frame-ancestors; both say "never inside another site's frame".
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    // Page addresses carry modification and requirement references: other sites get only our origin.
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
    "Cross-Origin-Opener-Policy": "same-origin",
    // Only when the portal is served over https (NEXTAUTH_URL): sent over plain http it would lock out a
    // portal that has no certificate.
    ...(https ? { "Strict-Transport-Security": "max-age=31536000; includeSubDomains" } : {}),
  };
}

export function servedOverHttps(): boolean {
  return (process.env.NEXTAUTH_URL ?? "").toLowerCase().startsWith("https://");
}
