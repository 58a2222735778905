/**
 * Whole visitor pages, kept by the web server for a few seconds. Next renders every page on every
 * request (each answer carries its own CSP nonce, and the layout reads the session cookie), which
 * holds a visitor's register or published report to ~1 % of what a plain HTTP server reaches even
 * with the data cached; served from here, Next is not called at all.
 *
 * Safe because only a request that carries no credentials at all is answered from here: its page
 * is the anonymous view, the same for every visitor. A page is kept only if Next answered 200 with
 * HTML, set no cookie and no part of it failed; each copy served gets a fresh nonce, in its
 * headers and its tags, so no two answers share one. An entry is dropped when a mutation expires public data
 * (public-pages-version.ts) and at the latest after `ttlSeconds` — the bound for changes this
 * process does not see: another app server's mutations, and pages that change with the clock
 * (a consultation window closing).
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { LRUCache } from "lru-cache";
import { publicPagesVersion } from "@/lib/cache/public-pages-version";
import { createNonce } from "@/lib/http/security-headers";

/** The pages anyone may read and many do: the register, an overview, the Change Board record, a published report or consultation result. */
const PUBLIC_PAGES = [
  /^\/(\?|$)/,
  /^\/modifications\/[\w-]+(\?|$)/,
  /^\/modifications\/[\w-]+\/change-board(\?|$)/,
  /^\/modifications\/[\w-]+\/reports\/\d+\.\d+(\?|$)/,
  /^\/modifications\/[\w-]+\/consultations\/[\w-]+\/published(\?|$)/,
];

/** What makes a request someone's own (credentials) or not a plain page load (Next's client-side navigation, a body). */
const PERSONAL_OR_PARTIAL = ["cookie", "authorization", "rsc", "next-router-state-tree", "next-router-prefetch", "next-router-segment-prefetch", "next-action", "next-url", "range", "content-length", "transfer-encoding"];

/** Headers that belong to one transfer, not to the page (compression is applied again to each copy). */
const PER_TRANSFER = new Set(["content-length", "content-encoding", "transfer-encoding", "date", "connection", "keep-alive"]);

const MAX_PAGE_BYTES = 4 * 1024 * 1024;

type Page = { version: number; headers: [string, string | string[]][]; nonce: string; parts: string[]; bytes: number };

export type PublicPageCache = {
  /** Answers from a kept page and returns true, or starts keeping what Next is about to write and returns false. */
  serveOrKeep(req: IncomingMessage, res: ServerResponse): boolean;
};

export function createPublicPageCache({ ttlSeconds, maxBytes = 64 * 1024 * 1024 }: { ttlSeconds: number; maxBytes?: number }): PublicPageCache {
  const pages = new LRUCache<string, Page>({ maxSize: maxBytes, maxEntrySize: MAX_PAGE_BYTES, sizeCalculation: (page) => page.bytes, ttl: ttlSeconds * 1000 });

  return {
    serveOrKeep(req, res) {
      if (ttlSeconds <= 0 || !cacheable(req)) return false;
      const key = keyOf(req);
      const page = pages.get(key);
      if (page && page.version === publicPagesVersion()) {
        send(page, res);
        return true;
      }
      keepWhenDone(res, publicPagesVersion(), (kept) => pages.set(key, kept));
      return false;
    },
  };
}

/** PUBLIC_PAGE_CACHE_SECONDS, default 5; 0 turns the cache off. A malformed value stops the start. */
export function publicPageCacheSeconds(env: Record<string, string | undefined>): number {
  const value = env.PUBLIC_PAGE_CACHE_SECONDS?.trim() || "5";
  if (!/^\d{1,4}$/.test(value)) throw new Error(`PUBLIC_PAGE_CACHE_SECONDS must be a whole number of seconds (0 turns the cache off), not "${value}"`);
  return Number(value);
}

function cacheable(req: IncomingMessage): boolean {
  return req.method === "GET" && PUBLIC_PAGES.some((page) => page.test(req.url ?? "")) && !PERSONAL_OR_PARTIAL.some((name) => req.headers[name] !== undefined);
}

/** The address as Next sees it (the request rules have already settled which forwarded headers stand). */
function keyOf(req: IncomingMessage): string {
  return [req.headers.host, req.headers["x-forwarded-host"], req.headers["x-forwarded-proto"], req.url].join(" ");
}

function send(page: Page, res: ServerResponse): void {
  const nonce = createNonce();
  // The nonce is in the CSP and in Next's Link header (preloads) as well as on the page's tags.
  for (const [name, value] of page.headers) res.setHeader(name, Array.isArray(value) ? value.map((v) => v.replaceAll(page.nonce, nonce)) : value.replaceAll(page.nonce, nonce));
  res.setHeader("X-Portal-Cache", "hit"); // for operators and the tests, as a caching proxy's X-Cache
  res.end(page.parts.join(nonce));
}

/** Copies the page as Next streams it out, and keeps it if it is one every visitor may be given. */
function keepWhenDone(res: ServerResponse, version: number, keep: (page: Page) => void): void {
  const { write, end } = res;
  const chunks: Buffer[] = [];
  let bytes = 0;
  const copy = (chunk: unknown, encoding: unknown) => {
    if (chunk == null || typeof chunk === "function" || bytes > MAX_PAGE_BYTES) return;
    const buffer = typeof chunk === "string" ? Buffer.from(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8") : Buffer.from(chunk as Uint8Array);
    chunks.push(buffer);
    bytes += buffer.length;
  };
  res.write = function (this: ServerResponse, ...args: Parameters<typeof write>) {
    copy(args[0], args[1]);
    return write.apply(this, args);
  } as typeof write;
  res.end = function (this: ServerResponse, ...args: unknown[]) {
    copy(args[0], args[1]);
    // A visitor who left mid-page (the connection is gone) leaves a page cut short: not kept.
    const page = bytes <= MAX_PAGE_BYTES && !this.destroyed ? pageOf(this, chunks, bytes, version) : undefined;
    if (page) keep(page);
    return end.apply(this, args as Parameters<typeof end>);
  } as typeof end;
}

/**
 * React's marks of a part that failed on the server and is left to the browser: a page that failed
 * after its 200 was sent. Matched as React writes them, a comment or the start of a script: "$RX("
 * in someone's text reaches the page unescaped (a comment quoting it would have kept a public page
 * out of the cache), but its "<" never does (escaped in the HTML, and as \u003c in the RSC payload).
 */
const FAILED_PART = /<!--\$!-->|<script\b[^>]*>\$RX[=(]/;

function pageOf(res: ServerResponse, chunks: Buffer[], bytes: number, version: number): Page | undefined {
  const nonce = /'nonce-([A-Za-z0-9+/=]+)'/.exec(String(res.getHeader("content-security-policy") ?? ""))?.[1];
  const html = String(res.getHeader("content-type") ?? "").startsWith("text/html");
  if (res.statusCode !== 200 || !html || !nonce || res.getHeader("set-cookie") !== undefined) return undefined;
  const headers = Object.entries(res.getHeaders())
    .filter(([name, value]) => !PER_TRANSFER.has(name) && value !== undefined)
    .map(([name, value]): [string, string | string[]] => [name, Array.isArray(value) ? value : String(value)]);
  const body = Buffer.concat(chunks, bytes).toString("utf8");
  if (FAILED_PART.test(body)) return undefined;
  return { version, headers, nonce, parts: body.split(nonce), bytes };
}
