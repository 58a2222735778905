/**
 * The pages the portal writes without Next (a refused request, the database away) and the
 * message added to Next's empty error document: one look, no script, no external file.
 */
import { createHash } from "node:crypto";

const PLAIN_PAGE_STYLE = `body{margin:0;font-family:ui-sans-serif,system-ui,sans-serif;color:#1f2328;background:#f6f7f9;line-height:1.5}
header{background:#123463}
header a{display:block;max-width:72rem;margin:0 auto;padding:.75rem 1rem;color:#fff;font-size:1.125rem;font-weight:700;text-decoration:none}
main{max-width:42rem;margin:0 auto;padding:1.5rem 1rem}
h1{font-size:1.875rem;margin:0 0 1rem}
a{color:#1d4f91;text-underline-offset:2px}
:focus-visible{outline:3px solid #ffbf47;outline-offset:2px}`;

/** For a Content-Security-Policy that allows this style and nothing else, where no nonce is at hand. */
export const PLAIN_PAGE_STYLE_SOURCE = `'sha256-${createHash("sha256").update(PLAIN_PAGE_STYLE).digest("base64")}'`;

/** The style element: with the response's nonce, or bare for a policy that names PLAIN_PAGE_STYLE_SOURCE. */
export function plainPageStyle(nonce?: string): string {
  return `<style${nonce ? ` nonce="${nonce}"` : ""}>${PLAIN_PAGE_STYLE}</style>`;
}

/** The visible part: the portal's name as a link home, then one main landmark. `content` is HTML. */
export function plainPageBody(title: string, content: string): string {
  return `<header><a href="/">SEC Refinement Portal</a></header><main id="main"><h1>${title}</h1>${content}</main>`;
}

/** A whole page; `title` and `content` are trusted HTML (callers escape what they did not write). */
export function plainPage(title: string, content: string, nonce?: string): string {
  return (
    `<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<title>${title} · SEC Refinement Portal</title>${plainPageStyle(nonce)}</head>` +
    `<body>${plainPageBody(title, content)}</body></html>`
  );
}
