import "server-only";
import type { Action } from "@/lib/auth/permissions";
import type { RequirementStatus } from "@/lib/generated/prisma/enums";

/** Draft → Proposed → Agreed, and Withdrawn; an agreed one can be reopened, a withdrawn one reinstated as a draft. */
export const NEXT_STATUSES: Record<RequirementStatus, RequirementStatus[]> = {
  DRAFT: ["PROPOSED", "WITHDRAWN"],
  PROPOSED: ["AGREED", "DRAFT", "WITHDRAWN"],
  AGREED: ["PROPOSED", "WITHDRAWN"],
  WITHDRAWN: ["DRAFT"],
};

/** Which permission a move to each status needs (only SECAS records an agreement: requirement.agree). */
export const STATUS_PERMISSION: Record<RequirementStatus, Action> = {
  DRAFT: "requirement.edit",
  PROPOSED: "requirement.propose",
  AGREED: "requirement.agree",
  WITHDRAWN: "requirement.withdraw",
};
