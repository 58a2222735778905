import "server-only";
import type { DbOrTx } from "@/lib/db";
import type { ReportFormat } from "@/lib/generated/prisma/enums";
import { isLookupKey } from "@/lib/validation/text";

/** The exact bytes published for a version, in one format (anyone may read a published report). Null for a draft or none. */
export async function getPublishedReportFile(db: DbOrTx, modificationId: string, number: string, format: ReportFormat) {
  if (!isLookupKey(number, 10)) return null;
  return db.reportFile.findFirst({
    where: { format, report: { modificationId, kind: "MODIFICATION_REPORT", number, status: "PUBLISHED" } },
    select: { bytes: true, sha256: true, report: { select: { contentSha256: true, number: true } } },
  });
}
