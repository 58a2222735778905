import "server-only";
import type { CurrentUser } from "@/lib/auth/current-user";
import { requirePermission } from "@/lib/auth/require-permission";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { updateAtVersion } from "@/lib/versioning/update-at-version";
import { addMilestone } from "./add-milestone";
import { parseInput } from "./parse-input";
import { convertSchema } from "./schemas";

type Target = { modificationId: string; expectedVersion: number; decidedOn: string; meeting: string };

/**
 * The Panel decided: the Draft Proposal DPnnn becomes the Modification Proposal MPnnn. The MP
 * reference is the one shown from now on; the DP address keeps working (get-modification.ts).
 * Recorded once: a second conversion is refused. The decision goes on the timeline, in the same
 * transaction as the change and its audit event.
 */
export async function convertToModificationProposal(db: Db, actor: CurrentUser | null, target: Target): Promise<{ proposalRef: string; version: number }> {
  requirePermission(actor, "modification.manage");
  const { expectedVersion, decidedOn, meeting } = parseInput(convertSchema, target);
  return db.$transaction(async (tx) => {
    const m = await tx.modification.findUnique({ where: { id: target.modificationId }, select: { number: true, draftRef: true, proposalRef: true, version: true } });
    if (!m) throw new AppError("NOT_FOUND", "That modification does not exist.");
    if (m.proposalRef) throw new AppError("VALIDATION", `${m.draftRef} was already converted to ${m.proposalRef}.`);
    const proposalRef = `MP${m.number}`;
    const { version } = await updateAtVersion(tx, "Modification", { id: target.modificationId, expectedVersion, data: { proposalRef }, what: m.draftRef });
    await addMilestone(tx, target.modificationId, { occurredOn: decidedOn, meeting, event: `Panel converted ${m.draftRef} to Modification Proposal ${proposalRef}` });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      modificationId: target.modificationId,
      action: "modification.converted",
      entityType: "Modification",
      entityId: target.modificationId,
      before: { proposalRef: null, version: m.version },
      after: { proposalRef, decidedOn: decidedOn.toISOString().slice(0, 10), meeting, version },
    });
    return { proposalRef, version };
  });
}
