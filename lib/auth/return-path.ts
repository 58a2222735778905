import "server-only";
/** Stands in for the portal's address when NEXTAUTH_URL is not set: only the comparison matters. */
const FALLBACK_ORIGIN = "https://portal.invalid";
/** A second, unrelated origin: a real path resolves onto whichever origin it is given. */
const PROBE_ORIGIN = "https://probe.invalid";

/**
 * Where to go after signing in: a path on this site only, never another origin.
 *
 * The value is parsed the way a browser will parse the redirect (the WHATWG URL parser, which
 * drops tabs and newlines anywhere, strips leading control characters and reads `\` as `/`), so
 * `/\t/evil.example` or `/\evil.example` is seen as the other host it really is. What is returned
 * is the parsed URL's own path, query and fragment, re-checked against a second origin so a path
 * that normalises to `//host` (`/x/..//evil.example`) is refused too.
 */
export function safeReturnPath(value: unknown, portalOrigin: string = configuredOrigin()): string {
  if (typeof value !== "string" || value === "") return "/";
  const origin = originOf(portalOrigin) ?? FALLBACK_ORIGIN;
  let url: URL;
  try {
    url = new URL(value, origin);
  } catch {
    return "/";
  }
  if (url.origin !== origin) return "/";
  const path = `${url.pathname}${url.search}${url.hash}`;
  return new URL(path, PROBE_ORIGIN).origin === PROBE_ORIGIN ? path : "/";
}

function configuredOrigin(): string {
  return originOf(process.env.NEXTAUTH_URL) ?? FALLBACK_ORIGIN;
}

/** An http(s) origin, or null: a URL like `foo:bar` has the opaque origin "null", which must never match. */
function originOf(address: string | undefined): string | null {
  if (!address) return null;
  try {
    const { origin } = new URL(address);
    return origin === "null" ? null : origin;
  } catch {
    return null;
  }
}
