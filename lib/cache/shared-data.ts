import "server-only";
import { LRUCache } from "lru-cache";
import { unstable_cache } from "next/cache";
import { whileReadingForCache } from "./expire-changed";

/*
 * Pages' data served from Next's data cache: the public pages' (the register, the overviews, the
 * published reports: public-pages.ts) and the same for every participant allowed to read a page
 * (a requirement, its comments: participant-pages.ts). Only data is cached here, never a rendered
 * page, and never anything of one reader's own: each request renders its own header from its own
 * session (app/layout.tsx), and each page checks its reader's permission before reading. (Whole
 * pages are kept only for visitors, by the web server: scripts/web-server/public-page-cache.ts.)
 * Entries carry tags; a mutation expires the tags of what it changed (./expire-changed.ts).
 */

/** Every entry is also refreshed this long after it was made: the bound on staleness where an expiry cannot reach (another app server, a change made outside a form). */
export const SHARED_DATA_MAX_AGE_SECONDS = 60;

export { modificationTag, REGISTER_TAG } from "./tags";

/**
 * `load()`'s result through Next's cache under `key`, tagged `tags`. Next stores JSON: dates are
 * written as { $date } and read back as Date, so callers get what the uncached query returns.
 * Never for a user's own data; outside Next, `load()` itself.
 */
export async function cachedSharedData<T>(key: string[], tags: string[], load: () => Promise<T>): Promise<T> {
  // Outside Next (Vitest driving a server action, scripts) there is no data cache: read directly.
  if (!process.env.NEXT_RUNTIME) return load();
  const text = await unstable_cache(async () => encode(await whileReadingForCache(load)), ["shared-data", ...key], { tags, revalidate: SHARED_DATA_MAX_AGE_SECONDS })();
  return decodeKept(key.join("\u0000"), text) as T;
}

/**
 * Each entry's last decoded value, with the text it came from. Next hands back an entry's text on
 * every read, and decoding it again cost a data-heavy page ~1 ms a request (a collation's 100 KB).
 * Reused only while the text is the same (so an expiry or a refresh is seen at once, and a value
 * is only ever what this very text decodes to); frozen, because every request shares it. Bounded
 * by the characters it holds.
 */
const decoded = new LRUCache<string, { text: string; value: unknown }>({ maxSize: 32_000_000, sizeCalculation: (entry) => entry.text.length || 1 });

export function decodeKept(key: string, text: string): unknown {
  const kept = decoded.get(key);
  if (kept?.text === text) return kept.value;
  const value = deepFreeze(decode(text));
  decoded.set(key, { text, value });
  return value;
}

function deepFreeze(value: unknown): unknown {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

export function encode(value: unknown): string {
  return JSON.stringify(value, function (this: Record<string, unknown>, key, v) {
    const raw = this[key];
    return raw instanceof Date ? { $date: raw.toISOString() } : v;
  });
}

/** Every cached read pays this: a plain parse and one walk is 2× faster than JSON.parse's reviver (a call per value). */
export function decode(text: string): unknown {
  return revive(JSON.parse(text));
}

function revive(value: unknown): unknown {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = revive(value[i]);
  } else if (value !== null && typeof value === "object") {
    const object = value as Record<string, unknown>;
    if (typeof object.$date === "string" && Object.keys(object).length === 1) return new Date(object.$date);
    for (const key of Object.keys(object)) {
      const revived = revive(object[key]);
      // An own "__proto__" key (JSON.parse may give one) is a plain data property: assigning it never sets the prototype.
      if (revived !== object[key]) object[key] = revived;
    }
  }
  return value;
}
