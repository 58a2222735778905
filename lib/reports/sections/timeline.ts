import type { DbOrTx } from "@/lib/db";
import { formatDate } from "@/lib/labels";
import type { TimelineRow } from "./types";

/** The modification's milestones up to `asOf`, oldest first. One query. */
export async function readTimelineSection(db: DbOrTx, modificationId: string, asOf: Date): Promise<TimelineRow[]> {
  const milestones = await db.milestone.findMany({
    where: { modificationId, occurredOn: { lte: asOf } },
    orderBy: [{ occurredOn: "asc" }, { event: "asc" }],
    select: { occurredOn: true, dateLabel: true, event: true, confirmed: true },
  });
  return milestones.map((m) => ({ date: m.dateLabel ?? formatDate(m.occurredOn), event: m.event, confirmed: m.confirmed }));
}
