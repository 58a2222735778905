import { noteChange } from "@/lib/cache/expire-changed";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AuditAction, AuditPayloads } from "./events";

/**
 * One audit event: its kind (events.ts), who did it, and the entity it is about, with the
 * before and after that kind holds. A kind not in the registry, or a payload of the wrong shape
 * for its kind, does not compile.
 */
export type AuditEventInput<A extends AuditAction = AuditAction> = {
  [K in A]: { action: K; actorId: string | null; entityId: string } & AuditPayloads[K];
}[A];

/** Takes the transaction of the change it records, so the event and the change commit together. */
export async function recordAuditEvent(tx: Prisma.TransactionClient, event: AuditEventInput): Promise<void> {
  const { action, actorId, entityType, entityId, modificationId } = event;
  noteChange(modificationId);
  await tx.auditEvent.create({
    data: {
      action,
      actorId,
      entityType,
      entityId,
      modificationId: modificationId ?? null,
      // The payloads are plain JSON by construction (strings, numbers, booleans, null, arrays, objects).
      before: "before" in event ? (event.before as Prisma.InputJsonValue) : undefined,
      after: event.after as Prisma.InputJsonValue,
    },
  });
}
