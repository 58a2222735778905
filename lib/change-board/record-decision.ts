import "server-only";
import type { CurrentUser } from "@/lib/auth/current-user";
import { requirePermission } from "@/lib/auth/require-permission";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { DecisionMaker, ModificationPath } from "@/lib/generated/prisma/enums";
import { decisionSchema, parseFields, type DecisionFields } from "./schemas";
import { isUniqueViolation } from "@/lib/database-errors";

const ALREADY = "The decision on this modification is already recorded.";
/** Who decides on each path: the Change Board under self-governance, Ofgem (the Authority) otherwise. Fast track and an undecided path: either. */
const DECIDER: Partial<Record<ModificationPath, DecisionMaker>> = {
  PATH_1_AUTHORITY_LED: "OFGEM",
  PATH_2_AUTHORITY_DETERMINATION: "OFGEM",
  PATH_3_SELF_GOVERNANCE: "CHANGE_BOARD",
};

/**
 * SECAS records the decision after a closed Change Board meeting: who decided (the Change Board for
 * self-governance, Ofgem for Authority-led), the outcome, its date and reference, and the SEC
 * release (June or November) that implements an approval. One decision per modification.
 */
export async function recordDecision(db: Db, actor: CurrentUser | null, input: { modificationId: string; meetingId: string; fields: DecisionFields }): Promise<{ id: string }> {
  requirePermission(actor, "changeBoard.manage");
  const fields = parseFields(decisionSchema, input.fields);
  try {
    return await db.$transaction(async (tx) => {
      const meeting = await tx.changeBoardMeeting.findFirst({
        where: { id: input.meetingId, modificationId: input.modificationId },
        select: { id: true, closedAt: true, modification: { select: { path: true } } },
      });
      if (!meeting) throw new AppError("NOT_FOUND", "That Change Board meeting does not exist.");
      if (!meeting.closedAt) throw new AppError("VALIDATION", "Close the Change Board meeting (its recommendation) before recording the decision.");
      const decider = meeting.modification.path && DECIDER[meeting.modification.path];
      if (decider && decider !== fields.decidedBy) {
        const message = decider === "OFGEM" ? "On an Authority-led path Ofgem decides, not the Change Board." : "Under self-governance the Change Board decides, not Ofgem.";
        throw new AppError("VALIDATION", message, { decidedBy: [message] });
      }
      const created = await tx.modificationDecision.create({
        data: { modificationId: input.modificationId, meetingId: meeting.id, ...fields, recordedById: actor.id },
        select: { id: true },
      });
      await recordAuditEvent(tx, {
        actorId: actor.id,
        modificationId: input.modificationId,
        action: "decision.recorded",
        entityType: "ModificationDecision",
        entityId: created.id,
        after: { ...fields, decidedOn: fields.decidedOn.toISOString().slice(0, 10) },
      });
      return created;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("CONFLICT", ALREADY);
    throw error;
  }
}
