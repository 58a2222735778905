import { AsyncLocalStorage } from "node:async_hooks";
import { updateTag } from "next/cache";
import { publicPagesChanged } from "./public-pages-version";
import { modificationTag, REGISTER_TAG } from "./tags";

/*
 * Which public pages a mutation changed, found without each command having to say so: every
 * command records an audit event naming its modification (recordAuditEvent calls noteChange), and
 * performMutation expires those modifications' tags, and the register's, once the command is done.
 * One rule in one place: a new command is covered by recording its audit event, as it must anyway.
 */
// Not "server-only": seeding and scripts record audit events too, outside Next (noteChange is then a no-op).
const changed = new AsyncLocalStorage<Set<string>>();

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

function expire(modifications: Set<string>): void {
  if (modifications.size > 0) publicPagesChanged(); // whole visitor pages the web server holds
  // Outside Next (Vitest, scripts) there is no Next cache to expire.
  if (modifications.size === 0 || !process.env.NEXT_RUNTIME) return;
  // updateTag: the next request waits for fresh data, so the person who saved sees their change at once.
  for (const id of modifications) updateTag(modificationTag(id));
  // The register lists every modification's title, stage and latest update.
  updateTag(REGISTER_TAG);
}
