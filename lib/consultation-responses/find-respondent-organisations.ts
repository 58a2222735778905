import "server-only";
import type { DbOrTx } from "@/lib/db";

/** The organisations that may respond (SEC Parties with a category, the DCC, consumer bodies), by name: SECAS's choice when entering an emailed response. */
export async function findRespondentOrganisations(db: DbOrTx) {
  return db.organisation.findMany({
    where: { OR: [{ kind: "SEC_PARTY", partyCategory: { not: null } }, { kind: { in: ["DCC", "CONSUMER_REPRESENTATIVE"] } }] },
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });
}
