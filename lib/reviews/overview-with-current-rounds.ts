import "server-only";
import type { Db } from "@/lib/db";
import { getModificationOverview } from "@/lib/modifications/get-modification";
import { closeIfPastWindow } from "./close-if-past-window";

type Overview = Awaited<ReturnType<typeof getModificationOverview>>;

/**
 * The overview as a reviewer must see it: round statuses current. The cached overview (lib/cache)
 * is current unless it shows a round still open past its window — such a round is closed by the
 * first reader after closesAt, during a render, which expires the cache only once its page is sent.
 * Only then is the round closed here (if nobody has yet) and the overview read afresh; otherwise
 * the cached one is used as it is, without a query. Every other change to a round is an audited
 * command, which expires the cache.
 */
export async function overviewWithCurrentRounds(db: Db, cached: Overview, now = new Date()): Promise<Overview> {
  if (!cached.reviewRounds.some((round) => round.status === "OPEN" && round.closesAt <= now)) return cached;
  await closeIfPastWindow(db, { modificationId: cached.id }, now);
  return getModificationOverview(db, cached.draftRef);
}
