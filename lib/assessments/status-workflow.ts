import "server-only";
import type { DccAssessmentStatus } from "@/lib/generated/prisma/enums";

/**
 * Requested → Received (its first version) → Superseded (a newer assessment was received). A
 * received assessment takes further versions and stays received; a superseded one is history.
 */
export const NEXT_ASSESSMENT_STATUSES: Record<DccAssessmentStatus, DccAssessmentStatus[]> = {
  REQUESTED: ["RECEIVED"],
  RECEIVED: ["RECEIVED", "SUPERSEDED"],
  SUPERSEDED: [],
};
