import "server-only";
import type { CurrentUser } from "@/lib/auth/current-user";
import { requirePermission } from "@/lib/auth/require-permission";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { closeConsultationsPastWindow } from "@/lib/consultations/close-if-past-window";
import type { Db } from "@/lib/db";
import { updateAtVersion } from "@/lib/versioning/update-at-version";
import { lockConsultation } from "./load-for-collation";
import { requireMove } from "./require-move";

type Target = { modificationId: string; consultationId: string; expectedVersion: number };

/** SECAS marks a closed consultation's responses collated (Closed → Collated): ready to publish, themes and summaries still editable. */
export async function collateConsultation(db: Db, actor: CurrentUser | null, target: Target, now = new Date()): Promise<{ version: number }> {
  requirePermission(actor, "consultation.collate");
  await closeConsultationsPastWindow(db, { modificationId: target.modificationId, consultationId: target.consultationId }, now);
  return db.$transaction(async (tx) => {
    const consultation = await lockConsultation(tx, target.modificationId, target.consultationId);
    requireMove(consultation.status, "COLLATED");
    const { version } = await updateAtVersion(tx, "Consultation", {
      id: consultation.id,
      expectedVersion: target.expectedVersion,
      data: { status: "COLLATED", collatedAt: now },
      what: `the consultation "${consultation.title}"`,
    });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      modificationId: target.modificationId,
      action: "consultation.collated",
      entityType: "Consultation",
      entityId: consultation.id,
      before: { status: consultation.status, version: consultation.version },
      after: { status: "COLLATED", collatedAt: now.toISOString(), version },
    });
    return { version };
  });
}
