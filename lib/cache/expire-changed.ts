import { AsyncLocalStorage } from "node:async_hooks";
import { revalidateTag, updateTag } from "next/cache";
import { after } from "next/server";
import { publicPagesChanged } from "./public-pages-version";
import { modificationTag, REGISTER_TAG } from "./tags";

/*
 * Which public pages a mutation changed, found without each command having to say so: every
 * command records an audit event naming its modification (recordAuditEvent calls noteChange), and
 * performMutation expires those modifications' tags, and the register's, once the command is done.
 * One rule in one place: a new command is covered by recording its audit event, as it must anyway.
 * The one change made outside a command — a window closing as it is read — says so itself
 * (expireAfterSystemChange).
 */
// Not "server-only": seeding and scripts record audit events too, outside Next (noteChange is then a no-op).
const changed = new AsyncLocalStorage<Set<string>>();
const readingForCache = new AsyncLocalStorage<true>();

/** Called by recordAuditEvent: this modification's public pages may have changed. Outside performMutation (tests, scripts, seeding), nothing. */
export function noteChange(modificationId: string | null | undefined): void {
  if (modificationId) changed.getStore()?.add(modificationId);
}

/** Runs a mutation, then expires the tags of every modification it recorded an audit event for (also when it failed: a rolled-back change expires harmlessly). */
export async function expiringChangedPages<R>(run: () => Promise<R>): Promise<R> {
  const modifications = new Set<string>();
  try {
    return await changed.run(modifications, run);
  } finally {
    expire(modifications);
  }
}

/**
 * A change the system made while someone read a page or a download: a round or consultation closed
 * by its window as its first reader after the close read it (close-if-past-window.ts). Inside a
 * mutation, its audit event already has the mutation expire the pages. Otherwise Next lets a page
 * expire cached data only once its response is sent, so it is done then: without this, the cached
 * data would show the closed item as open until it aged out, and every reader until then would close
 * it again (one query each). Outside Next (tests, scripts), nothing.
 */
export function expireAfterSystemChange(modificationId: string): void {
  // Inside a read for the data cache Next refuses to expire anything; that read's own entry is current (it read after the close), and the rest age out.
  if (changed.getStore() || readingForCache.getStore() || !process.env.NEXT_RUNTIME) return;
  // revalidateTag, not updateTag: updateTag is refused in a route handler (a download can close a consultation); expire: 0 makes the next read wait for fresh data.
  after(() => expire(new Set([modificationId]), (tag) => revalidateTag(tag, { expire: 0 })));
}

/** Runs a read whose result goes into Next's data cache (shared-data.ts). */
export function whileReadingForCache<T>(load: () => Promise<T>): Promise<T> {
  return readingForCache.run(true, load);
}

function expire(modifications: Set<string>, afterResponse?: (tag: string) => void): void {
  if (modifications.size > 0) publicPagesChanged(); // whole visitor pages the web server holds
  // Outside Next (Vitest, scripts) there is no Next cache to expire, and Next's functions are not touched.
  if (modifications.size === 0 || !process.env.NEXT_RUNTIME) return;
  // updateTag (in a mutation): the next request waits for fresh data, so the person who saved sees their change at once.
  const expireTag = afterResponse ?? updateTag;
  for (const id of modifications) expireTag(modificationTag(id));
  // The register lists every modification's title, stage and latest update.
  expireTag(REGISTER_TAG);
}
