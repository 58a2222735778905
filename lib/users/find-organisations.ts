import "server-only";
import type { DbOrTx } from "@/lib/db";

/** Every organisation by name: the choices of an account's Organisation field. */
export function findOrganisations(db: DbOrTx) {
  return db.organisation.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } });
}
