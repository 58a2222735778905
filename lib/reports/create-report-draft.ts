import "server-only";
import type { CurrentUser } from "@/lib/auth/current-user";
import { requirePermission } from "@/lib/auth/require-permission";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Db, DbOrTx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { checkReportBaseline } from "./check-report-baseline";
import { gatherSections } from "./gather-sections";
import { narrativeOf, type Narrative } from "./narrative";
import { compareReportNumbers, type ReportNumber } from "./report-numbers";
import { parseBaselineChoice, parseNumberField } from "./schemas";
import { isUniqueViolation } from "@/lib/database-errors";

const latestReport = (db: DbOrTx, modificationId: string) =>
  db.report.findFirst({
    where: { modificationId, kind: "MODIFICATION_REPORT" },
    orderBy: [{ major: "desc" }, { minor: "desc" }],
    select: { number: true, major: true, minor: true, summary: true, issue: true, solution: true, implementation: true, assessment: true, workingGroupViews: true },
  });

function checkNumberGoesUp(parsed: ReportNumber, latest: { number: string; major: number; minor: number } | null): void {
  if (!latest || compareReportNumbers(parsed, latest) > 0) return;
  const message =
    compareReportNumbers(parsed, latest) === 0
      ? `v${parsed.number} already exists: give the next number.`
      : `v${parsed.number} would go backwards: the latest version is v${latest.number}. Give a higher number.`;
  throw new AppError("VALIDATION", message, { number: [message] });
}

/**
 * SECAS starts the next version of the modification's report (v0.2 after v0.1, or 1.0), on a
 * baseline of this modification or none. Its narrative starts as the latest version's (the
 * modification's own summary, issue and solution for the first); its generated sections are read now.
 */
export async function createReportDraft(
  db: Db,
  actor: CurrentUser | null,
  input: { modificationId: string; number: unknown; baselineId: unknown },
  now = new Date(),
): Promise<{ id: string; number: string }> {
  requirePermission(actor, "report.draft");
  const parsed = parseNumberField(input.number);
  const baselineId = parseBaselineChoice(input.baselineId);
  const modification = await db.modification.findUnique({
    where: { id: input.modificationId },
    select: { title: true, summary: true, issue: true, solution: true },
  });
  if (!modification) throw new AppError("NOT_FOUND", "That modification does not exist.");
  await checkReportBaseline(db, input.modificationId, baselineId);
  const previous = await latestReport(db, input.modificationId);
  checkNumberGoesUp(parsed, previous);
  const narrative: Narrative = previous
    ? narrativeOf(previous)
    : { summary: modification.summary, issue: modification.issue, solution: modification.solution, implementation: "", assessment: "", workingGroupViews: "" };
  // Read before the transaction (a large modification takes a second or two), which then checks
  // again that no version was drafted meanwhile.
  const generated = await gatherSections(db, { modificationId: input.modificationId, baselineId, title: modification.title, narrative }, now);
  try {
    return await db.$transaction(async (tx) => {
      checkNumberGoesUp(parsed, await latestReport(tx, input.modificationId));
      const created = await tx.report.create({
        data: {
          modificationId: input.modificationId,
          kind: "MODIFICATION_REPORT",
          ...parsed,
          baselineId,
          ...narrative,
          generated,
          generatedAt: now,
        },
        select: { id: true, number: true },
      });
      await recordAuditEvent(tx, {
        actorId: actor.id,
        modificationId: input.modificationId,
        action: "report.drafted",
        entityType: "Report",
        entityId: created.id,
        after: { number: created.number, baselineId, generatedAt: now.toISOString(), version: 1 },
      });
      return created;
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      const message = `v${parsed.number} already exists: give the next number.`;
      throw new AppError("CONFLICT", message, { number: [message] });
    }
    throw error;
  }
}
