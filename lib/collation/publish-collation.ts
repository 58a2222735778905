import "server-only";
import type { CurrentUser } from "@/lib/auth/current-user";
import { requirePermission } from "@/lib/auth/require-permission";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Db } from "@/lib/db";
import { updateAtVersion } from "@/lib/versioning/update-at-version";
import { lockConsultation } from "./load-for-collation";
import { requireMove } from "./require-move";

type Target = { modificationId: string; consultationId: string; expectedVersion: number };

/**
 * SECAS publishes the collation (Collated → Published): the published page and its downloads open
 * to everyone, visitors included, showing only what visible-responses gives a restricted reader.
 * From then on themes and summaries are frozen: the published collation is the record.
 */
export async function publishCollation(db: Db, actor: CurrentUser | null, target: Target, now = new Date()): Promise<{ version: number }> {
  requirePermission(actor, "consultation.publishCollation");
  return db.$transaction(async (tx) => {
    const consultation = await lockConsultation(tx, target.modificationId, target.consultationId);
    requireMove(consultation.status, "PUBLISHED");
    const { version } = await updateAtVersion(tx, "Consultation", {
      id: consultation.id,
      expectedVersion: target.expectedVersion,
      data: { status: "PUBLISHED", publishedAt: now, publishedById: actor.id },
      what: `the consultation "${consultation.title}"`,
    });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      modificationId: target.modificationId,
      action: "consultation.published",
      entityType: "Consultation",
      entityId: consultation.id,
      before: { status: consultation.status, version: consultation.version },
      after: { status: "PUBLISHED", publishedAt: now.toISOString(), version },
    });
    return { version };
  });
}
