import "server-only";
import { unstable_cache } from "next/cache";

/*
 * The public pages' data (the register, the overviews, the published reports) served from Next's
 * data cache. Only data is cached here, never a rendered page: each request still renders its own
 * header from its own session (app/layout.tsx), so a signed-in user's details never enter a shared
 * entry. (Whole pages are kept only for visitors, by the web server: scripts/web-server/public-page-cache.ts.)
 * Entries carry tags; a mutation expires the tags of what it changed (./expire-changed.ts).
 */

/** Every entry is also refreshed this long after it was made: the bound on staleness where an expiry cannot reach (another app server, a change made outside a form). */
export const PUBLIC_DATA_MAX_AGE_SECONDS = 60;

export { modificationTag, REGISTER_TAG } from "./tags";

/**
 * `load()`'s result through Next's cache under `key`, tagged `tags`. Next stores JSON: dates are
 * written as { $date } and read back as Date, so callers get what the uncached query returns.
 * Only for data anyone may read (never a user's own); outside Next, `load()` itself.
 */
export async function cachedPublicData<T>(key: string[], tags: string[], load: () => Promise<T>): Promise<T> {
  // Outside Next (Vitest driving a server action, scripts) there is no data cache: read directly.
  if (!process.env.NEXT_RUNTIME) return load();
  const text = await unstable_cache(async () => encode(await load()), ["public-data", ...key], { tags, revalidate: PUBLIC_DATA_MAX_AGE_SECONDS })();
  return decode(text) as T;
}

export function encode(value: unknown): string {
  return JSON.stringify(value, function (this: Record<string, unknown>, key, v) {
    const raw = this[key];
    return raw instanceof Date ? { $date: raw.toISOString() } : v;
  });
}

export function decode(text: string): unknown {
  return JSON.parse(text, (_key, v) => (v && typeof v === "object" && !Array.isArray(v) && Object.keys(v).length === 1 && typeof v.$date === "string" ? new Date(v.$date) : v));
}
