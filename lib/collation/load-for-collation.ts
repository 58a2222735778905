import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ConsultationStatus } from "@/lib/generated/prisma/enums";
import { AppError } from "@/lib/errors";
import { CONSULTATION_STATUS_LABELS } from "@/lib/labels";

/** The consultation a collation command acts on, of that modification, locked against a concurrent status change; NOT_FOUND otherwise. */
export async function lockConsultation(tx: Prisma.TransactionClient, modificationId: string, consultationId: string) {
  const [row] = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Consultation" WHERE id = ${consultationId} AND "modificationId" = ${modificationId} FOR UPDATE`;
  if (!row) throw new AppError("NOT_FOUND", "That consultation does not exist.");
  return tx.consultation.findUniqueOrThrow({ where: { id: consultationId }, select: { id: true, title: true, status: true, version: true } });
}

/** Themes and summaries are written while the responses are being collated: once closed, until published (then they are the record). */
export function requireCollating(status: ConsultationStatus): void {
  if (status === "CLOSED" || status === "COLLATED") return;
  const why = status === "PUBLISHED" ? "its collation is published and is now the record" : "it has not closed yet";
  throw new AppError("VALIDATION", `This consultation is ${CONSULTATION_STATUS_LABELS[status].toLowerCase()}: ${why}, so themes and summaries cannot change.`);
}
