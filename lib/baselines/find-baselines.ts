import "server-only";
import type { DbOrTx } from "@/lib/db";

/** A modification's baselines, newest first, with how many requirements each froze: one query. */
export async function findBaselines(db: DbOrTx, modificationId: string) {
  const baselines = await db.baseline.findMany({
    where: { modificationId },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    select: {
      id: true,
      name: true,
      description: true,
      createdAt: true,
      createdBy: { select: { name: true } },
      _count: { select: { entries: true } },
    },
  });
  return baselines.map(({ _count, ...b }) => ({ ...b, requirementCount: _count.entries }));
}

export type BaselineSummary = Awaited<ReturnType<typeof findBaselines>>[number];
