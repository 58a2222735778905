import "server-only";
import { AppError } from "@/lib/errors";

/** The condition every command loads a row it was given by: its id and the modification it acts on, both. */
export type ModificationScoped = { id: string; modificationId: string };

/**
 * A row a command was given by id (a requirement, a Service Request; later a round, a comment, a
 * response), loaded only if it belongs to the modification the command acts on — the one in the
 * address, bound by the page — else NOT_FOUND, before anything is written: an id posted from
 * another modification's page, or forged, is not found here.
 * Both ids must be real strings: an undefined would drop its condition from the Prisma filter and
 * match a row of any modification (Prisma ignores an undefined condition), so it is refused before the query.
 *
 *   const r = await findInModification(modificationId, requirementId, (where) => tx.requirement.findFirst({ where, select }), "requirement");
 */
export async function findInModification<T>(
  modificationId: string,
  id: string,
  find: (where: ModificationScoped) => Promise<T | null>,
  what: string,
): Promise<T> {
  const row = isId(modificationId) && isId(id) ? await find({ id, modificationId }) : null;
  if (!row) throw new AppError("NOT_FOUND", `There is no such ${what} in this modification: it may have been removed, or the page is out of date.`);
  return row;
}

const isId = (value: unknown): value is string => typeof value === "string" && value.length > 0;
