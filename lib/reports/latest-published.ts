import "server-only";
import type { DbOrTx } from "@/lib/db";

export type LatestPublishedReport = { number: string; publishedAt: Date };

/** The latest published Modification Report of each of these modifications (for the register and overview). One query. */
export async function latestPublishedReports(db: DbOrTx, modificationIds: string[]): Promise<Map<string, LatestPublishedReport>> {
  if (!modificationIds.length) return new Map();
  const rows = await db.report.findMany({
    where: { modificationId: { in: modificationIds }, kind: "MODIFICATION_REPORT", status: "PUBLISHED" },
    orderBy: [{ modificationId: "asc" }, { major: "desc" }, { minor: "desc" }],
    distinct: ["modificationId"],
    select: { modificationId: true, number: true, publishedAt: true },
  });
  return new Map(rows.map((r) => [r.modificationId, { number: r.number, publishedAt: r.publishedAt! }]));
}
