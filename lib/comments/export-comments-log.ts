import "server-only";
import { z } from "zod";
import type { DbOrTx } from "@/lib/db";
import { toCsv, type Cell } from "@/lib/exchange/csv";
import { toXlsx, type XlsxColumn } from "@/lib/exchange/xlsx";
import { COMMITTEE_LABELS } from "@/lib/labels";
import type { FileDownload } from "@/lib/http/route-responses";
import { COMMENT_DISPOSITION_LABELS, COMMENT_KIND_LABELS, COMMENT_SEVERITY_LABELS, COMMENT_STATUS_LABELS } from "./comment-labels";
import { commentsLogFilterSchema, findAllLogThreads, type CommentsLogFilter, type LogThread } from "./find-comments-log";

/** format is required (a bad one is a 400); the filters are the log page's, nonsense ignored as there. */
export const commentsExportQuerySchema = commentsLogFilterSchema.extend({
  format: z.enum(["csv", "xlsx"], "format must be csv or xlsx"),
});

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** The columns of the comments log SECAS publishes, in its order. */
const COLUMNS: XlsxColumn[] = [
  { header: "Number", width: 9 },
  { header: "Round", width: 28, wrap: true },
  { header: "Committee", width: 14 },
  { header: "Requirement / section", width: 28, wrap: true },
  { header: "Made on version", width: 10 },
  { header: "Current version", width: 10 },
  { header: "Quoted passage", width: 40, wrap: true },
  { header: "Comment", width: 60, wrap: true },
  { header: "Kind", width: 16 },
  { header: "Raised by", width: 22 },
  { header: "Organisation", width: 24 },
  { header: "Severity", width: 11 },
  { header: "Response", width: 60, wrap: true },
  { header: "Responded by", width: 22 },
  { header: "Status", width: 11 },
  { header: "Disposition", width: 16 },
  { header: "Disposition reason", width: 40, wrap: true },
  { header: "Addressed in version", width: 12 },
  { header: "Raised on", width: 18 },
  { header: "Responded on", width: 18 },
  { header: "Last changed", width: 18 },
];

function row(t: LogThread): Cell[] {
  return [
    t.label,
    t.round?.title ?? null,
    t.round ? COMMITTEE_LABELS[t.round.committee] : null,
    subjectText(t),
    t.subject.kind === "requirement" ? t.subject.madeOnVersion : null,
    t.subject.kind === "requirement" ? t.subject.currentVersion : null,
    t.quotedText,
    t.withdrawnAt ? "(withdrawn)" : t.body,
    COMMENT_KIND_LABELS[t.kind],
    t.raisedBy,
    t.organisation,
    t.severity ? COMMENT_SEVERITY_LABELS[t.severity] : null,
    t.response?.body ?? null,
    t.response?.by ?? null,
    t.withdrawnAt ? "Withdrawn" : COMMENT_STATUS_LABELS[t.status],
    t.disposition ? COMMENT_DISPOSITION_LABELS[t.disposition] : null,
    t.dispositionReason,
    t.addressedInVersions.length ? t.addressedInVersions.map((v) => `v${v}`).join(", ") : null,
    t.raisedAt,
    t.response?.at ?? null,
    t.updatedAt,
  ];
}

/** "BR-03", "Question 2: Is the problem clear?" or "General": what a thread is about. */
export function subjectText(t: LogThread): string {
  if (t.subject.kind === "requirement") return t.subject.ref;
  if (t.subject.kind === "question") return `Question ${t.subject.number}: ${t.subject.text}`;
  return "General";
}

/** The comments log (filtered as the page is) as CSV or XLSX. */
export async function exportCommentsLog(db: DbOrTx, m: { id: string; draftRef: string }, format: "csv" | "xlsx", filter: CommentsLogFilter): Promise<FileDownload> {
  const rows = (await findAllLogThreads(db, m.id, filter)).map(row);
  const name = `${m.draftRef}-comments-log`;
  if (format === "csv") return { body: toCsv(COLUMNS.map((c) => c.header), rows), contentType: "text/csv; charset=utf-8", filename: `${name}.csv` };
  return { body: new Uint8Array(await toXlsx(`${m.draftRef} comments log`, COLUMNS, rows)), contentType: XLSX_TYPE, filename: `${name}.xlsx` };
}
