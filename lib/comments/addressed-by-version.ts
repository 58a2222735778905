import "server-only";
import type { Db } from "@/lib/db";

/** For each version of a requirement that said it addresses threads: their numbers ("addresses C-12, C-15"). One query. */
export async function threadsAddressedByVersion(db: Db, requirementId: string): Promise<Map<number, number[]>> {
  const rows = await db.commentAddressedIn.findMany({
    where: { requirementVersion: { requirementId } },
    select: { requirementVersion: { select: { version: true } }, comment: { select: { number: true } } },
    orderBy: { comment: { number: "asc" } },
  });
  const byVersion = new Map<number, number[]>();
  for (const r of rows) byVersion.set(r.requirementVersion.version, [...(byVersion.get(r.requirementVersion.version) ?? []), r.comment.number!]);
  return byVersion;
}

