import "server-only";
import type { DbOrTx } from "@/lib/db";
import type { ModificationPath, ModificationStage } from "@/lib/generated/prisma/enums";

export type RegisterFilter = { stage?: ModificationStage; path?: ModificationPath };

/** The register: every modification (or those at a stage, on a path), newest first, in one query. */
export function findModifications(db: DbOrTx, filter: RegisterFilter = {}) {
  return db.modification.findMany({
    where: { ...(filter.stage ? { stage: filter.stage } : {}), ...(filter.path ? { path: filter.path } : {}) },
    orderBy: [{ raisedOn: "desc" }, { number: "desc" }],
    select: {
      id: true,
      number: true,
      draftRef: true,
      proposalRef: true,
      title: true,
      stage: true,
      path: true,
      urgent: true,
      raisedOn: true,
      latestUpdate: true,
      proposer: { select: { name: true } },
    },
  });
}
