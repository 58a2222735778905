import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors";
import { formatDate } from "@/lib/labels";
import { REPORT_CONTENT_SELECT } from "./report-content";

/** A report version of this modification, loaded to be changed: refused once published (it never changes). */
export async function loadDraft(tx: Prisma.TransactionClient, modificationId: string, reportId: string) {
  const report = await tx.report.findFirst({
    where: { id: reportId, modificationId },
    select: { id: true, major: true, minor: true, baselineId: true, generatedAt: true, version: true, ...REPORT_CONTENT_SELECT, modification: { select: { draftRef: true, title: true } } },
  });
  if (!report) throw new AppError("NOT_FOUND", "That report version does not exist.");
  if (report.status === "PUBLISHED") {
    throw new AppError("VALIDATION", `v${report.number} was published on ${formatDate(report.publishedAt!)} and never changes: draft a new version instead.`);
  }
  return report;
}
