import "server-only";
import type { DbOrTx } from "@/lib/db";
import { COMMITTEE_LABELS } from "@/lib/labels";
import type { GeneratedSections } from "./sections/types";

/**
 * Why a report version cannot be published yet, one reason a line (none: it can be): a critical
 * or major review thread on the modification still unresolved, or a consultation the report
 * cites still open. Two queries.
 */
export async function publishBlockers(db: DbOrTx, modificationId: string, generated: GeneratedSections, now: Date): Promise<string[]> {
  const threads = await db.comment.findMany({
    where: { modificationId, parentId: null, withdrawnAt: null, severity: { in: ["CRITICAL", "MAJOR"] }, status: { not: "RESOLVED" } },
    orderBy: { number: "asc" },
    select: { number: true, severity: true, status: true, reviewRound: { select: { committee: true } } },
  });
  const cited = generated.consultations.map((c) => c.id);
  const open = await db.consultation.findMany({
    where: { id: { in: cited }, modificationId, OR: [{ status: { in: ["PLANNED", "OPEN"] } }, { closedAt: null, closesAt: { gt: now } }] },
    orderBy: { opensAt: "asc" },
    select: { title: true },
  });
  return [
    ...threads.map(
      (t) =>
        `Comment C-${t.number} (${t.severity!.toLowerCase()}${t.reviewRound ? `, ${COMMITTEE_LABELS[t.reviewRound.committee]}` : ""}) is ${t.status === "OPEN" ? "open" : "responded to but not resolved"}.`,
    ),
    ...open.map((c) => `The consultation "${c.title}" that the report cites is still open.`),
  ];
}
