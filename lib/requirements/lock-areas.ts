import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * Holds the area rows until the transaction ends, so everyone who places a requirement in an area
 * (move, create, edit into another area, import, a link between two requirements) takes their turn: each then reads positions
 * nobody else is changing. Always areas first, in id order, and only then the modification row
 * (a new requirement's number): the same order everywhere, so two transactions never wait on each other.
 * NO KEY UPDATE, not UPDATE: saving a version references the area (a KEY SHARE lock), and must not
 * wait for a move that is itself waiting for that requirement's row.
 * The unique (areaId, position) index is the backstop should a writer forget.
 */
export async function lockAreas(tx: Prisma.TransactionClient, ...areaIds: string[]): Promise<void> {
  for (const id of [...new Set(areaIds)].sort()) {
    await tx.$executeRaw`SELECT 1 FROM "RequirementArea" WHERE "id" = ${id} FOR NO KEY UPDATE`;
  }
}

/** Every area of a modification, in id order: an import may place requirements in any of them. */
export async function lockAllAreas(tx: Prisma.TransactionClient, modificationId: string): Promise<void> {
  await tx.$executeRaw`SELECT 1 FROM "RequirementArea" WHERE "modificationId" = ${modificationId} ORDER BY "id" FOR NO KEY UPDATE`;
}
