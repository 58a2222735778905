import "server-only";
import type { DbOrTx } from "@/lib/db";
import { findOrganisations } from "./find-organisations";

/** Every account with its organisation, in one query. The seed's import account is included: it is disabled. */
export function findUsers(db: DbOrTx) {
  return db.user.findMany({
    orderBy: [{ disabled: "asc" }, { role: "asc" }, { name: "asc" }],
    select: {
      id: true,
      name: true,
      email: true,
      role: true,
      committee: true,
      disabled: true,
      organisation: { select: { name: true, partyCategory: true } },
    },
  });
}

/** One account as SECAS edits it, with the organisations to choose from. */
export async function getUserForEditing(db: DbOrTx, id: string) {
  const [user, organisations] = await Promise.all([
    db.user.findUnique({
      where: { id },
      select: { id: true, name: true, email: true, role: true, committee: true, organisationId: true, disabled: true, version: true },
    }),
    findOrganisations(db),
  ]);
  return user ? { user, organisations } : null;
}
