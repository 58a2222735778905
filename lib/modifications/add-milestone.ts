import "server-only";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";

/**
 * A milestone on the timeline, inside the transaction of the move that made it. The same event on
 * the same day is recorded once (the table's unique key): a second is refused, and the move with it.
 */
export async function addMilestone(tx: Prisma.TransactionClient, modificationId: string, milestone: { occurredOn: Date; event: string; meeting: string }): Promise<void> {
  const exists = await tx.milestone.count({ where: { modificationId, occurredOn: milestone.occurredOn, event: milestone.event } });
  if (exists > 0) throw new AppError("CONFLICT", `"${milestone.event}" is already on the timeline for that date.`);
  await tx.milestone.create({ data: { modificationId, ...milestone } });
}
