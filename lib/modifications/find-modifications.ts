import "server-only";
import type { DbOrTx } from "@/lib/db";

/** The register: every modification, newest first, in one query. */
export function findModifications(db: DbOrTx) {
  return db.modification.findMany({
    orderBy: [{ raisedOn: "desc" }, { number: "desc" }],
    select: {
      id: true,
      number: true,
      draftRef: true,
      proposalRef: true,
      title: true,
      stage: true,
      raisedOn: true,
      latestUpdate: true,
      proposer: { select: { name: true } },
    },
  });
}
