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
  return db.$transaction(async (tx) => {
    const report = await loadDraft(tx, input.modificationId, input.reportId);
    const baselineId = chosen === undefined ? report.baselineId : chosen;
    await checkReportBaseline(tx, input.modificationId, baselineId);
    const generated = await gatherSections(tx, { modificationId: input.modificationId, baselineId, title: report.modification.title, narrative: narrativeOf(report) }, now);
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
