import "server-only";
import type { DbOrTx } from "@/lib/db";
import type { ReportFormat } from "@/lib/generated/prisma/enums";
import { plainTextResponse } from "@/lib/http/route-responses";
import { getPublishedReportFile } from "./get-report-file";

const TYPES = { PDF: "application/pdf", DOCX: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", HTML: "text/html; charset=utf-8" } as const;

/**
 * A published version's stored file, byte for byte as published: public (anyone may read a
 * published report) and cacheable, since it never changes. Its SHA-256 travels in a header too.
 */
export async function reportDownload(db: DbOrTx, m: { id: string; draftRef: string }, number: string, format: Exclude<ReportFormat, "HTML">): Promise<Response> {
  const file = await getPublishedReportFile(db, m.id, number, format);
  if (!file) return plainTextResponse(404, `${m.draftRef} has no published report v${number}.`);
  const filename = `${m.draftRef}-Modification-Report-v${file.report.number}.${format.toLowerCase()}`;
  return new Response(file.bytes, {
    headers: {
      "Content-Type": TYPES[format],
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Content-Length": String(file.bytes.byteLength),
      "Cache-Control": "public, max-age=31536000, immutable",
      "X-Content-Type-Options": "nosniff",
      "X-File-SHA256": file.sha256,
      "X-Content-SHA256": file.report.contentSha256 ?? "",
    },
  });
}
