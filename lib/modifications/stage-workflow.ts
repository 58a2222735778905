import type { ModificationStage } from "@/lib/generated/prisma/enums";

/**
 * Where a modification may go from each stage. Forward along Development → Refinement → Report
 * Phase → Decision → Implemented; back one step when the Panel (or the Authority) sends the report
 * back for more work; withdrawn by its proposer before the decision, or rejected at it. Implemented,
 * Withdrawn and Rejected are the end. CLOSED is the register's older word for an end and is reached
 * from nowhere. The move out of Development also needs the Panel's conversion to an MP (see
 * moveModificationStage).
 */
export const NEXT_STAGES: Record<ModificationStage, ModificationStage[]> = {
  DEVELOPMENT: ["REFINEMENT", "WITHDRAWN"],
  REFINEMENT: ["REPORT", "WITHDRAWN"],
  REPORT: ["DECISION", "REFINEMENT", "WITHDRAWN"],
  DECISION: ["IMPLEMENTATION", "REJECTED", "REPORT", "WITHDRAWN"],
  IMPLEMENTATION: [],
  CLOSED: [],
  WITHDRAWN: [],
  REJECTED: [],
};

/** Stages that need the Panel's conversion first: anything past Development except withdrawal. */
export function needsProposal(stage: ModificationStage): boolean {
  return stage !== "DEVELOPMENT" && stage !== "WITHDRAWN";
}
