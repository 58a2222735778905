import { plainPage } from "./plain-page";

/**
 * Requests Next.js would refuse with bare text (a server action posted from another site, a body over
 * the limit) are refused here first, with the portal's own page. The rules copy Next's own, so no
 * request Next would accept is refused.
 */

/** The same limit as `serverActions.bodySizeLimit` ("11mb") in next.config.js: a 10 MB document and its form. */
export const BODY_LIMIT_BYTES = 11 * 1024 * 1024;

export type Refusal = { status: 403 | 413; title: string; message: string };

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export function refusalFor(method: string, headers: Headers): Refusal | null {
  const length = Number(headers.get("content-length") ?? 0);
  if (length > BODY_LIMIT_BYTES) {
    return {
      status: 413,
      title: "What you sent is too large",
      message: "The portal accepts up to 11 MB in one form (a document up to 10 MB, a requirements import file up to 2 MB). Nothing was saved. Go back, choose a smaller file or shorten the text, and send it again.",
    };
  }
  if (!SAFE_METHODS.has(method.toUpperCase()) && isCrossOrigin(headers)) {
    return {
      status: 403,
      title: "This form came from another site",
      message: "The portal only accepts forms sent from its own pages, so that no other site can act in your name. Nothing was changed. Open the page in the portal and send the form from there.",
    };
  }
  return null;
}

/**
 * Next.js compares the Origin's host with X-Forwarded-Host (its first value) or else Host, and lets a
 * request without Origin through (browsers always send one with a POST). "null" comes from sandboxed
 * frames and local files.
 */
function isCrossOrigin(headers: Headers): boolean {
  const origin = headers.get("origin");
  if (origin === null) return false;
  if (origin === "null") return true;
  const host = headers.get("x-forwarded-host")?.split(",")[0]?.trim() || headers.get("host");
  try {
    return new URL(origin).host !== host;
  } catch {
    return true;
  }
}

/** A page that needs nothing else from the server (no script, its style inline with the nonce). */
export function refusalPage({ status, title, message }: Refusal, nonce: string): string {
  return plainPage(title, `<p>${message}</p><p>Error ${status}. <a href="/">Go to the modifications register</a></p>`, nonce);
}
