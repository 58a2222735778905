/*
 * A counter that moves whenever a mutation expires public pages' data (expire-changed.ts), read
 * by the web server's cache of whole visitor pages (scripts/web-server/public-page-cache.ts) to
 * drop what it holds at once. Kept on globalThis because the two sides are different module
 * instances in one process: Next's compiled server code and the web server around it.
 */
const VERSION = Symbol.for("sec-portal.public-pages-version");
type Holder = { [VERSION]?: number };

export function publicPagesVersion(): number {
  return (globalThis as Holder)[VERSION] ?? 0;
}

export function publicPagesChanged(): void {
  (globalThis as Holder)[VERSION] = publicPagesVersion() + 1;
}
