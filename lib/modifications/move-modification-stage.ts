import "server-only";
import type { CurrentUser } from "@/lib/auth/current-user";
import { requirePermission } from "@/lib/auth/require-permission";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { ModificationStage } from "@/lib/generated/prisma/enums";
import { STAGE_LABELS } from "@/lib/labels";
import { updateAtVersion } from "@/lib/versioning/update-at-version";
import { addMilestone } from "./add-milestone";
import { parseInput } from "./parse-input";
import { moveStageSchema } from "./schemas";
import { NEXT_STAGES, needsProposal } from "./stage-workflow";

type Target = { modificationId: string; expectedVersion: number; stage: ModificationStage; movedOn: string; meeting: string };

/**
 * SECAS records a stage move the meeting decided (stage-workflow.ts says which moves there are),
 * with its date and meeting. The move is a milestone on the timeline, written in the same
 * transaction as the stage and the audit event: a refused move leaves neither.
 */
export async function moveModificationStage(db: Db, actor: CurrentUser | null, target: Target): Promise<{ version: number }> {
  requirePermission(actor, "modification.manage");
  const { expectedVersion, stage, movedOn, meeting } = parseInput(moveStageSchema, target);
  return db.$transaction(async (tx) => {
    const m = await tx.modification.findUnique({ where: { id: target.modificationId }, select: { draftRef: true, proposalRef: true, stage: true, version: true } });
    if (!m) throw new AppError("NOT_FOUND", "That modification does not exist.");
    const ref = m.proposalRef ?? m.draftRef;
    if (!NEXT_STAGES[m.stage].includes(stage)) {
      const end = NEXT_STAGES[m.stage].length === 0 ? ` ${STAGE_LABELS[m.stage]} is the end of its life.` : "";
      throw new AppError("VALIDATION", `${ref} cannot move from ${STAGE_LABELS[m.stage]} to ${STAGE_LABELS[stage]}.${end}`, { stage: [`Not a move from ${STAGE_LABELS[m.stage]}`] });
    }
    if (needsProposal(stage) && !m.proposalRef) {
      throw new AppError("VALIDATION", `${ref} is still a Draft Proposal: record the Panel's conversion to a Modification Proposal first.`, { stage: ["Convert it first"] });
    }
    const { version } = await updateAtVersion(tx, "Modification", { id: target.modificationId, expectedVersion, data: { stage }, what: ref });
    await addMilestone(tx, target.modificationId, { occurredOn: movedOn, meeting, event: `Moved to ${STAGE_LABELS[stage]}` });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      modificationId: target.modificationId,
      action: "modification.stageMoved",
      entityType: "Modification",
      entityId: target.modificationId,
      before: { stage: m.stage, version: m.version },
      after: { stage, movedOn: movedOn.toISOString().slice(0, 10), meeting, version },
    });
    return { version };
  });
}
