import "server-only";
import type { Db } from "@/lib/db";
import { figuresOf, VERSION_FIGURES } from "./figures";

export type AssessmentListItem = Awaited<ReturnType<typeof findAssessments>>[number];

/**
 * A modification's DCC assessments, newest request first, each with its latest figures: two
 * queries however many assessments and versions (the latest version is loaded per assessment by
 * one query for all). Readers: impact.read (the page checks).
 */
export async function findAssessments(db: Db, modificationId: string) {
  const rows = await db.dccAssessment.findMany({
    where: { modificationId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: {
      id: true,
      kind: true,
      status: true,
      dueOn: true,
      createdAt: true,
      version: true,
      baseline: { select: { id: true, name: true } },
      versions: {
        orderBy: { number: "desc" },
        take: 1,
        select: VERSION_FIGURES,
      },
    },
  });
  return rows.map(({ versions, ...a }) => {
    const latest = versions[0];
    return {
      ...a,
      latest: latest
        ? ({ ...figuresOf(latest), number: latest.number, validUntil: latest.validUntil, illustrative: latest.illustrative, receivedAt: latest.createdAt })
        : null,
    };
  });
}
