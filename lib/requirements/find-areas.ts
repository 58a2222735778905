import "server-only";
import type { DbOrTx } from "@/lib/db";

/** The modification's requirement areas in their order: the choices of a requirement's Area field. */
export function findAreas(db: DbOrTx, modificationId: string) {
  return db.requirementArea.findMany({ where: { modificationId }, orderBy: { position: "asc" }, select: { id: true, title: true } });
}
