import "server-only";
import { can, type Principal } from "@/lib/auth/permissions";
import type { DbOrTx } from "@/lib/db";
import { isLookupKey } from "@/lib/validation/text";
import { REPORT_CONTENT_SELECT } from "./report-content";

/**
 * One report version by its number ("0.1"), if the principal may read it: a published one for
 * anyone, a draft for signed-in participants. Null otherwise (the page says "not found").
 */
export async function getReport(db: DbOrTx, principal: Principal, modificationId: string, number: string) {
  if (!isLookupKey(number, 10)) return null;
  const report = await db.report.findFirst({
    where: { modificationId, kind: "MODIFICATION_REPORT", number },
    select: {
      id: true,
      baselineId: true,
      generatedAt: true,
      contentSha256: true,
      version: true,
      ...REPORT_CONTENT_SELECT,
      publishedBy: { select: { name: true } },
      baseline: { select: { name: true } },
      files: { select: { format: true, sha256: true } },
    },
  });
  if (!report) return null;
  if (report.status !== "PUBLISHED" && !can(principal, "report.readDraft")) return null;
  return report;
}

/** The stored HTML of a published version: exactly the text that was hashed and is served. */
export async function getPublishedHtml(db: DbOrTx, reportId: string): Promise<string | null> {
  const file = await db.reportFile.findUnique({ where: { reportId_format: { reportId, format: "HTML" } }, select: { bytes: true } });
  return file ? new TextDecoder().decode(file.bytes) : null;
}
