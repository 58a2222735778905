import "server-only";
import { getCostsAndLeadTimes } from "@/lib/assessments/get-costs-and-lead-times";
import { findChangeBoard } from "@/lib/change-board/find-change-board";
import { db } from "@/lib/db";
import { findModifications, type RegisterFilter } from "@/lib/modifications/find-modifications";
import { latestPublishedReports } from "@/lib/reports/latest-published";
import { getModificationByRef, getModificationOverview } from "@/lib/modifications/get-modification";
import { cachedSharedData, modificationTag, REGISTER_TAG } from "./shared-data";

/*
 * The public pages' reads, through Next's data cache (shared-data.ts). Same results as the
 * uncached functions they wrap. Tags: the register's rows under "register"; a modification's own
 * pages under "modification:<id>". Any audited change to a modification expires both.
 */

/** The register's rows (those the filter keeps), each with its latest published report. */
export function cachedRegister(filter: RegisterFilter = {}) {
  return cachedSharedData(["register", filter.stage ?? "", filter.path ?? ""], [REGISTER_TAG], async () => {
    const modifications = await findModifications(db(), filter);
    const reports = await latestPublishedReports(db(), modifications.map((m) => m.id));
    return modifications.map((m) => ({ ...m, latestReport: reports.get(m.id) ?? null }));
  });
}

/**
 * The modification an address names (its id, refs, title), or NOT_FOUND (not cached). Tagged
 * "register": an address changes (DP → MP) only with an audited change to the modification.
 */
export function cachedModificationKey(ref: string) {
  return cachedSharedData(["modification-key", ref], [REGISTER_TAG], () => getModificationByRef(db(), ref));
}

/** The overview's data, as getModificationOverview returns it. */
export async function cachedOverview(ref: string) {
  const { id } = await cachedModificationKey(ref);
  return cachedSharedData(["overview", id, ref], [modificationTag(id)], () => getModificationOverview(db(), ref));
}

/** Any other read of one modification's shared data (a published report, the Change Board record, participant-pages.ts): `load` cached under the modification's tag. */
export function cachedForModification<T>(modificationId: string, key: string[], load: () => Promise<T>): Promise<T> {
  return cachedSharedData([key[0] ?? "data", modificationId, ...key.slice(1)], [modificationTag(modificationId)], load);
}

/** The published Change Board record (closed meetings, the decision): the Change Board page and the published report page (<ChangeBoardSummary>) read it. */
export function cachedChangeBoard(modificationId: string) {
  return cachedForModification(modificationId, ["change-board"], () => findChangeBoard(db(), modificationId, { includeOpen: false }));
}

/** The modification's latest published Modification Report (its number and date), or null: the overview's "Modification Report" line. */
export async function cachedLatestReport(modificationId: string) {
  return cachedForModification(modificationId, ["latest-report"], async () => (await latestPublishedReports(db(), [modificationId])).get(modificationId) ?? null);
}

/**
 * The overview's "Costs and lead times": the DCC's current figures, and the parties' impacts as
 * counts when `partyImpacts` (two entries). Not for every reader: the caller checks
 * impact.readDccSummary, and impact.read before asking for the parties' counts. Neither entry
 * holds anything of a user's own. Every change behind it (an assessment received, a response
 * submitted or withdrawn) is an audited command, which expires the modification's tag.
 */
export function cachedCostsAndLeadTimes(modificationId: string, { partyImpacts }: { partyImpacts: boolean }) {
  return cachedForModification(modificationId, ["costs", partyImpacts ? "with-party-impacts" : "dcc-only"], () => getCostsAndLeadTimes(db(), modificationId, { partyImpacts }));
}
