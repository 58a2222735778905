import "server-only";
import type { CurrentUser } from "@/lib/auth/current-user";
import { requirePermission } from "@/lib/auth/require-permission";
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { RequirementStatus } from "@/lib/generated/prisma/enums";
import { REQUIREMENT_STATUS_LABELS } from "@/lib/labels";
import { findInModification } from "@/lib/modifications/find-in-modification";
import { saveRequirementVersion } from "./save-requirement-version";
import { NEXT_STATUSES, STATUS_PERMISSION } from "./status-workflow";

/** Moves a requirement along the workflow, recording the reason (e.g. the meeting that agreed it) as the version's note. */
export async function changeRequirementStatus(
  db: Db,
  actor: CurrentUser | null,
  {
    modificationId,
    requirementId,
    expectedVersion,
    status,
    reason,
  }: { modificationId: string; requirementId: string; expectedVersion: number; status: RequirementStatus; reason: string },
): Promise<{ version: number; ref: string }> {
  requirePermission(actor, STATUS_PERMISSION[status]);
  return db.$transaction(async (tx) => {
    const { ref, ...current } = await findInModification(
      modificationId,
      requirementId,
      (where) => tx.requirement.findFirst({ where, select: { ref: true, title: true, body: true, status: true, areaId: true, position: true } }),
      "requirement",
    );
    if (!NEXT_STATUSES[current.status].includes(status)) {
      throw new AppError("VALIDATION", `A requirement that is ${REQUIREMENT_STATUS_LABELS[current.status]} cannot become ${REQUIREMENT_STATUS_LABELS[status]}.`, {
        status: ["Choose one of the statuses offered"],
      });
    }
    const saved = await saveRequirementVersion(tx, actor, {
      requirementId,
      expectedVersion,
      next: { ...current, status },
      changeNote: `${REQUIREMENT_STATUS_LABELS[status]}: ${reason}`,
      action: "requirement.statusChanged",
    });
    return { ...saved, ref };
  });
}
