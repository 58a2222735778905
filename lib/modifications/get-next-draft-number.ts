import "server-only";
import type { DbOrTx } from "@/lib/db";

/** The number a Draft Proposal raised now would take if none is given (raiseDraftProposal decides it again, under its lock). */
export async function getNextDraftNumber(db: DbOrTx): Promise<number> {
  const { _max } = await db.modification.aggregate({ _max: { number: true } });
  return (_max.number ?? 0) + 1;
}
