import "server-only";
import type { ConsultationStatus } from "@/lib/generated/prisma/enums";

/**
 * Planned → Open → Closed → Collated → Published, one way. SECAS opens and closes (a consultation
 * also closes by itself at closesAt, see close-if-past-window.ts), collates once it is closed, and
 * publishes the collation; a published collation is the record and stays published.
 */
export const NEXT_CONSULTATION_STATUSES: Record<ConsultationStatus, ConsultationStatus[]> = {
  PLANNED: ["OPEN"],
  OPEN: ["CLOSED"],
  CLOSED: ["COLLATED"],
  COLLATED: ["PUBLISHED"],
  PUBLISHED: [],
};
