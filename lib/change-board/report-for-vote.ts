import "server-only";
import type { DbOrTx } from "@/lib/db";
import { AppError } from "@/lib/errors";

/*
 * The one place the Change Board reads the Report model: which reports it may vote on (the
 * published Modification Report v1.0) and how a report is named. The Report model is reshaped by
 * the reports work: adapt only this file to it.
 */

export const NOT_VOTABLE = "The Change Board votes on the published Modification Report v1.0: choose that report.";

export type ReportForVote = { id: string; label: string };

const label = (r: { number: string }) => `Modification Report v${r.number}`;

/** The reports of the modification the Board may vote on, newest first (for the meeting form). */
export async function reportsForVote(db: DbOrTx, modificationId: string): Promise<ReportForVote[]> {
  const rows = await db.report.findMany({
    where: { modificationId, kind: "MODIFICATION_REPORT", status: "PUBLISHED", major: 1 },
    select: { id: true, number: true },
    orderBy: [{ major: "desc" }, { minor: "desc" }],
  });
  return rows.map((r) => ({ id: r.id, label: label(r) }));
}

/** The report a meeting votes on, checked: of this modification, a Modification Report, published, version 1.x. */
export async function reportForVote(db: DbOrTx, modificationId: string, reportId: string): Promise<ReportForVote> {
  const r = await db.report.findFirst({ where: { id: reportId, modificationId }, select: { id: true, number: true, major: true, kind: true, status: true } });
  if (!r || r.kind !== "MODIFICATION_REPORT" || r.status !== "PUBLISHED" || r.major !== 1) {
    throw new AppError("VALIDATION", NOT_VOTABLE, { reportId: [NOT_VOTABLE] });
  }
  return { id: r.id, label: label(r) };
}
