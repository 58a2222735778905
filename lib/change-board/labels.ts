import type { ChangeBoardGroup, ChangeBoardRecommendation, ChangeBoardVoteChoice, DecisionMaker, DecisionOutcome } from "@/lib/generated/prisma/enums";
import type { GroupPosition } from "./counting-rule";

export const CHANGE_BOARD_GROUP_LABELS: Record<ChangeBoardGroup, string> = {
  LARGE_SUPPLIER: "Large Supplier",
  SMALL_SUPPLIER: "Small Supplier",
  NETWORK_PARTY: "Network Party",
  OTHER_SEC_PARTY: "Other SEC Party",
  CONSUMER: "Consumer",
};
export const VOTE_LABELS: Record<ChangeBoardVoteChoice, string> = { APPROVE: "Approve", REJECT: "Reject", ABSTAIN: "Abstain" };
export const RECOMMENDATION_LABELS: Record<ChangeBoardRecommendation, string> = {
  APPROVE: "Approve the modification",
  REJECT: "Reject the modification",
  NONE: "No recommendation (no majority of voting groups)",
};
export const GROUP_POSITION_LABELS: Record<GroupPosition, string> = { APPROVE: "Approves", REJECT: "Rejects", TIED: "Tied", NO_VOTES: "No votes cast" };
export const DECISION_MAKER_LABELS: Record<DecisionMaker, string> = { CHANGE_BOARD: "Change Board (self-governance)", OFGEM: "Ofgem (the Authority)" };
export const DECISION_OUTCOME_LABELS: Record<DecisionOutcome, string> = { APPROVED: "Approved", REJECTED: "Rejected" };

/** "2027-11" → "November 2027 SEC Release". */
export function releaseLabel(release: string): string {
  const [year, month] = release.split("-");
  return `${month === "06" ? "June" : "November"} ${year} SEC Release`;
}

/**
 * The overview's "Implementation": once decided, the decision's release (or none, rejected);
 * until then what SECAS planned, if anything.
 */
export function implementationText(planned: string | null, decision: { outcome: DecisionOutcome; implementationRelease: string | null } | null): string {
  if (decision?.outcome === "REJECTED") return "None: the modification was rejected";
  if (decision?.implementationRelease) return releaseLabel(decision.implementationRelease);
  return planned ?? "Not yet decided";
}
