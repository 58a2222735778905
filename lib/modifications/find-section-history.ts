import "server-only";
import type { DbOrTx } from "@/lib/db";

/** Every saved version of a modification's overview sections, newest first per section, in one query. */
export function findSectionHistory(db: DbOrTx, modificationId: string) {
  return db.modificationSectionVersion.findMany({
    where: { modificationId },
    orderBy: [{ section: "asc" }, { number: "desc" }],
    select: { id: true, section: true, number: true, text: true, changeNote: true, createdAt: true, author: { select: { name: true } } },
  });
}
