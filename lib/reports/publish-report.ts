import "server-only";
import type { CurrentUser } from "@/lib/auth/current-user";
import { requirePermission } from "@/lib/auth/require-permission";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { updateAtVersion } from "@/lib/versioning/update-at-version";
import { loadDraft } from "./load-draft";
import { publishBlockers } from "./publish-blockers";
import { renderReportFiles, RenderError, type RenderedReport } from "./render/files";
import { reportContent } from "./report-content";
import type { GeneratedSections } from "./sections/types";

/**
 * SECAS publishes a draft as it stands (the version they saw): its HTML, PDF and DOCX are made,
 * each hashed, and stored with the content's hash in one transaction, after which the database
 * refuses any change. Refused, with every reason, while a critical or major thread is unresolved
 * or a consultation the report cites is open; refused for a version already published or below
 * one that is. If a copy cannot be made nothing is written and the error is shown.
 */
export async function publishReport(
  db: Db,
  actor: CurrentUser | null,
  input: { modificationId: string; reportId: string; expectedVersion: number },
  now = new Date(),
  render: (content: Parameters<typeof renderReportFiles>[0]) => Promise<RenderedReport> = renderReportFiles,
): Promise<{ number: string; contentSha256: string }> {
  requirePermission(actor, "report.publish");
  // Checked before the copies are made (they take a second or two), and again as they are stored.
  const report = await db.$transaction((tx) => checkPublishable(tx, input, now));
  let rendered: RenderedReport;
  try {
    rendered = await render(reportContent(report, report.modification, now));
  } catch (error) {
    if (error instanceof RenderError) throw new AppError("VALIDATION", `v${report.number} was not published. ${error.message}`);
    throw error;
  }
  return db.$transaction(async (tx) => {
    await checkPublishable(tx, input, now);
    await tx.reportFile.createMany({ data: rendered.files.map((f) => ({ reportId: report.id, format: f.format, bytes: f.bytes, sha256: f.sha256 })) });
    const { version } = await updateAtVersion(tx, "Report", {
      id: report.id,
      expectedVersion: input.expectedVersion,
      data: { status: "PUBLISHED", publishedAt: now, publishedById: actor.id, contentSha256: rendered.contentSha256 },
      what: `report v${report.number}`,
    });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      modificationId: input.modificationId,
      action: "report.published",
      entityType: "Report",
      entityId: report.id,
      after: {
        number: report.number,
        publishedAt: now.toISOString(),
        contentSha256: rendered.contentSha256,
        files: Object.fromEntries(rendered.files.map((f) => [f.format, f.sha256])),
        version,
      },
    });
    return { number: report.number, contentSha256: rendered.contentSha256 };
  });
}

async function checkPublishable(tx: Prisma.TransactionClient, input: { modificationId: string; reportId: string }, now: Date) {
  const report = await loadDraft(tx, input.modificationId, input.reportId);
  const later = await tx.report.findFirst({
    where: { modificationId: input.modificationId, kind: "MODIFICATION_REPORT", status: "PUBLISHED", OR: [{ major: { gt: report.major } }, { major: report.major, minor: { gt: report.minor } }] },
    orderBy: [{ major: "desc" }, { minor: "desc" }],
    select: { number: true },
  });
  if (later) throw new AppError("VALIDATION", `v${later.number} is already published: publishing v${report.number} now would make the version number go backwards.`);
  const reasons = await publishBlockers(tx, input.modificationId, report.generated as GeneratedSections, now);
  if (reasons.length) throw new AppError("VALIDATION", `v${report.number} cannot be published yet: ${reasons.join(" ")}`, {}, { reasons });
  return report;
}
