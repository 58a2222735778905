import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * Holds the area rows until the transaction ends, so everyone who places a requirement in an area
 * (move, create, edit into another area, import) takes their turn: each then reads positions
 * nobody else is changing. Locked in id order, so two transactions never wait on each other.
 * NO KEY UPDATE, not UPDATE: saving a version references the area (a KEY SHARE lock), and must not
 * wait for a move that is itself waiting for that requirement's row.
 * The unique (areaId, position) index is the backstop should a writer forget.
 */
export async function lockAreas(tx: Prisma.TransactionClient, ...areaIds: string[]): Promise<void> {
  for (const id of [...new Set(areaIds)].sort()) {
    await tx.$executeRaw`SELECT 1 FROM "RequirementArea" WHERE "id" = ${id} FOR NO KEY UPDATE`;
  }
}
