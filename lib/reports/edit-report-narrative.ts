import "server-only";
import { z } from "zod";
import type { CurrentUser } from "@/lib/auth/current-user";
import { requirePermission } from "@/lib/auth/require-permission";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { updateAtVersion } from "@/lib/versioning/update-at-version";
import { loadDraft } from "./load-draft";
import { NARRATIVE_SECTIONS, narrativeOf, narrativeSchema, type Narrative } from "./narrative";

/** SECAS rewrites the narrative sections of a draft, if nobody changed the draft since the form was opened. */
export async function editReportNarrative(
  db: Db,
  actor: CurrentUser | null,
  input: { modificationId: string; reportId: string; expectedVersion: number; narrative: Record<string, unknown> },
): Promise<{ version: number }> {
  requirePermission(actor, "report.draft");
  const parsed = narrativeSchema.safeParse(input.narrative);
  if (!parsed.success) throw new AppError("VALIDATION", "Check the sections marked below.", z.flattenError(parsed.error).fieldErrors as Record<string, string[]>);
  const narrative: Narrative = parsed.data;
  return db.$transaction(async (tx) => {
    const report = await loadDraft(tx, input.modificationId, input.reportId);
    const before = narrativeOf(report);
    const changed = NARRATIVE_SECTIONS.map((s) => s.key).filter((key) => before[key] !== narrative[key]);
    const { version } = await updateAtVersion(tx, "Report", {
      id: report.id,
      expectedVersion: input.expectedVersion,
      data: narrative,
      what: `report v${report.number}`,
    });
    const pick = (n: Narrative) => Object.fromEntries(changed.map((key) => [key, n[key]]));
    await recordAuditEvent(tx, {
      actorId: actor.id,
      modificationId: input.modificationId,
      action: "report.narrativeEdited",
      entityType: "Report",
      entityId: report.id,
      before: { ...pick(before), version: report.version },
      after: { ...pick(narrative), number: report.number, version },
    });
    return { version };
  });
}
