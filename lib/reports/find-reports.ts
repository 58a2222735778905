import "server-only";
import { can, type Principal } from "@/lib/auth/permissions";
import type { DbOrTx } from "@/lib/db";

/** The modification's report versions, newest first: every one for signed-in participants, the published ones for visitors. One query. */
export async function findReports(db: DbOrTx, principal: Principal, modificationId: string) {
  const drafts = can(principal, "report.readDraft");
  return db.report.findMany({
    where: { modificationId, kind: "MODIFICATION_REPORT", ...(drafts ? {} : { status: "PUBLISHED" as const }) },
    orderBy: [{ major: "desc" }, { minor: "desc" }],
    select: { id: true, number: true, status: true, publishedAt: true, contentSha256: true, generatedAt: true, illustrative: true, baseline: { select: { name: true } } },
  });
}
