import "server-only";
import { NEXT_CONSULTATION_STATUSES } from "@/lib/consultations/status-workflow";
import { AppError } from "@/lib/errors";
import type { ConsultationStatus } from "@/lib/generated/prisma/enums";
import { CONSULTATION_STATUS_LABELS } from "@/lib/labels";

/** The workflow's own table decides: a move it does not list is refused with a message. */
export function requireMove(from: ConsultationStatus, to: ConsultationStatus): void {
  if (NEXT_CONSULTATION_STATUSES[from].includes(to)) return;
  throw new AppError("VALIDATION", `A consultation that is ${CONSULTATION_STATUS_LABELS[from].toLowerCase()} cannot become ${CONSULTATION_STATUS_LABELS[to].toLowerCase()}.`);
}
