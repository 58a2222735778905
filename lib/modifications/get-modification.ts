import type { DbOrTx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { modificationRefSchema } from "./refs";

/** The modification an address names (DP162 or, once converted, MP162), or NOT_FOUND. */
export async function getModificationByRef(db: DbOrTx, ref: string) {
  const parsed = modificationRefSchema.safeParse(ref);
  if (parsed.success) {
    const m = await db.modification.findUnique({
      where: { number: parsed.data.number },
      select: { id: true, number: true, draftRef: true, proposalRef: true, title: true },
    });
    if (m && (parsed.data.prefix === "DP" || m.proposalRef)) return m;
  }
  throw new AppError("NOT_FOUND", `There is no modification ${ref}.`);
}

/** Everything the overview page shows, in a fixed number of queries. */
export function getModificationOverview(db: DbOrTx, id: string) {
  return db.modification.findUniqueOrThrow({
    where: { id },
    select: {
      draftRef: true,
      proposalRef: true,
      title: true,
      stage: true,
      path: true,
      urgent: true,
      leadAnalyst: true,
      raisedOn: true,
      implementationRelease: true,
      latestUpdate: true,
      summary: true,
      issue: true,
      solution: true,
      whoIsImpacted: true,
      secDocumentsAffected: true,
      proposer: { select: { name: true } },
      milestones: { orderBy: { occurredOn: "asc" }, select: { id: true, occurredOn: true, dateLabel: true, event: true, confirmed: true } },
      documents: { orderBy: { publishedOn: "desc" }, select: { id: true, kind: true, title: true, publishedOn: true, note: true } },
      reports: {
        where: { status: "PUBLISHED" },
        orderBy: { publishedAt: "desc" },
        select: { id: true, kind: true, version: true, publishedAt: true },
      },
      areas: {
        orderBy: { position: "asc" },
        select: { id: true, title: true, description: true, _count: { select: { requirements: { where: { status: { not: "WITHDRAWN" } } } } } },
      },
      reviewRounds: { orderBy: { opensAt: "asc" }, select: { id: true, committee: true, title: true, status: true, opensAt: true, closesAt: true } },
    },
  });
}
