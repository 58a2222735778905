import type { Prisma } from "@/lib/generated/prisma/client";

export type AuditEventInput = {
  actorId: string | null;
  modificationId?: string | null;
  action: string;
  entityType: string;
  entityId: string;
  before?: Prisma.InputJsonValue;
  after?: Prisma.InputJsonValue;
};

/** Takes the transaction of the change it records, so the event and the change commit together. */
export async function recordAuditEvent(tx: Prisma.TransactionClient, event: AuditEventInput): Promise<void> {
  await tx.auditEvent.create({ data: event });
}
