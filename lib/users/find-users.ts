import type { DbOrTx } from "@/lib/db";

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
