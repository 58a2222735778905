import "server-only";
import type { CurrentUser } from "@/lib/auth/current-user";
import { requirePermission } from "@/lib/auth/require-permission";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Db } from "@/lib/db";
import { updateAtVersion } from "@/lib/versioning/update-at-version";
import { checkReportBaseline } from "./check-report-baseline";
import { gatherSections } from "./gather-sections";
import { loadDraft } from "./load-draft";
import { narrativeOf } from "./narrative";
import { parseBaselineChoice } from "./schemas";

/**
 * SECAS reads the generated sections of a draft again from the data as it stands now, optionally
 * at another baseline of this modification (`baselineId` undefined keeps the draft's).
 */
export async function refreshGeneratedSections(
  db: Db,
  actor: CurrentUser | null,
  input: { modificationId: string; reportId: string; expectedVersion: number; baselineId?: unknown },
  now = new Date(),
): Promise<{ version: number }> {
  requirePermission(actor, "report.draft");
  const chosen = input.baselineId === undefined ? undefined : parseBaselineChoice(input.baselineId);
  // Read before the transaction (a large modification takes a second or two); the version check
  // in it makes sure the draft did not change meanwhile.
  const draft = await db.$transaction((tx) => loadDraft(tx, input.modificationId, input.reportId));
  const baselineId = chosen === undefined ? draft.baselineId : chosen;
  await checkReportBaseline(db, input.modificationId, baselineId);
  const generated = await gatherSections(db, { modificationId: input.modificationId, baselineId, title: draft.modification.title, narrative: narrativeOf(draft) }, now);
  return db.$transaction(async (tx) => {
    const report = await loadDraft(tx, input.modificationId, input.reportId);
    const { version } = await updateAtVersion(tx, "Report", {
      id: report.id,
      expectedVersion: input.expectedVersion,
      data: { baselineId, generated, generatedAt: now },
      what: `report v${report.number}`,
    });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      modificationId: input.modificationId,
      action: "report.refreshed",
      entityType: "Report",
      entityId: report.id,
      before: { baselineId: report.baselineId, generatedAt: report.generatedAt.toISOString(), version: report.version },
      after: { number: report.number, baselineId, generatedAt: now.toISOString(), version },
    });
    return { version };
  });
}
