import "server-only";
import { findChangeBoard } from "@/lib/change-board/find-change-board";
import { db } from "@/lib/db";
import { findModifications } from "@/lib/modifications/find-modifications";
import { getModificationByRef, getModificationOverview } from "@/lib/modifications/get-modification";
import { cachedPublicData, modificationTag, REGISTER_TAG } from "./public-data";

/*
 * The public pages' reads, through Next's data cache (public-data.ts). Same results as the
 * uncached functions they wrap. Tags: the register's rows under "register"; a modification's own
 * pages under "modification:<id>". Any audited change to a modification expires both.
 */

/** The register's rows (every modification). */
export function cachedRegister() {
  return cachedPublicData(["register"], [REGISTER_TAG], () => findModifications(db()));
}

/**
 * The modification an address names (its id, refs, title), or NOT_FOUND (not cached). Tagged
 * "register": an address changes (DP → MP) only with an audited change to the modification.
 */
export function cachedModificationKey(ref: string) {
  return cachedPublicData(["modification-key", ref], [REGISTER_TAG], () => getModificationByRef(db(), ref));
}

/** The overview's data, as getModificationOverview returns it. */
export async function cachedOverview(ref: string) {
  const { id } = await cachedModificationKey(ref);
  return cachedPublicData(["overview", id, ref], [modificationTag(id)], () => getModificationOverview(db(), ref));
}

/** Any other public read of one modification (a published report, the Change Board record): `load` cached under the modification's tag. */
export function cachedForModification<T>(modificationId: string, key: string[], load: () => Promise<T>): Promise<T> {
  return cachedPublicData([key[0] ?? "data", modificationId, ...key.slice(1)], [modificationTag(modificationId)], load);
}

/** The published Change Board record (closed meetings, the decision): the Change Board page and the published report page (<ChangeBoardSummary>) read it. */
export function cachedChangeBoard(modificationId: string) {
  return cachedForModification(modificationId, ["change-board"], () => findChangeBoard(db(), modificationId, { includeOpen: false }));
}
