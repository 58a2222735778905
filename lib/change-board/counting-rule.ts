import type { ChangeBoardGroup, ChangeBoardRecommendation, ChangeBoardVoteChoice } from "@/lib/generated/prisma/enums";

/**
 * How the Change Board's votes become its recommendation — A RULE TO CONFIRM with SECAS: the
 * domain notes say only that each member's vote is stored with its category and that the rule is
 * configurable. The default, as the issue proposes:
 * - each Party Category voting group decides by a simple majority of the votes its members cast
 *   (approve against reject; abstentions are not counted; equal counts: the group is tied);
 * - the Board recommends approval when a majority of the voting groups that voted approve (a
 *   tied group counts among them and approves nothing), rejection when a majority reject, and
 *   makes no recommendation otherwise.
 * Change the configuration here, not the code that reads it: the rule used is stored with each
 * closed meeting's tally, so past recommendations keep the rule they were computed with.
 */
export type CountingRule = {
  /** Only one way for a group to decide so far. */
  groupDecidesBy: "simpleMajorityOfVotesCast";
  /** Whose majority the Board needs: the groups that cast a vote, or all five groups (absent ones count against). */
  boardRecommendsWhen: "majorityOfGroupsVoting" | "majorityOfAllGroups";
  /** An abstention is not counted, or counts as a vote to reject. */
  abstentions: "notCounted" | "countAsReject";
  /** Shown beside every recommendation until SECAS confirms the rule. */
  toConfirm: boolean;
};

export const CHANGE_BOARD_RULE: CountingRule = {
  groupDecidesBy: "simpleMajorityOfVotesCast",
  boardRecommendsWhen: "majorityOfGroupsVoting",
  abstentions: "notCounted",
  toConfirm: true,
};

export const CHANGE_BOARD_GROUPS: readonly ChangeBoardGroup[] = ["LARGE_SUPPLIER", "SMALL_SUPPLIER", "NETWORK_PARTY", "OTHER_SEC_PARTY", "CONSUMER"];

/** A group's position: it approved, rejected, tied, or cast no counted vote (nobody present, or all abstained). */
export type GroupPosition = "APPROVE" | "REJECT" | "TIED" | "NO_VOTES";
export type GroupTally = { group: ChangeBoardGroup; approve: number; reject: number; abstain: number; position: GroupPosition };
export type Tally = { rule: CountingRule; groups: GroupTally[]; recommendation: ChangeBoardRecommendation };

/** The recommendation the votes give under `rule`. Pure: the same votes and rule always give the same result. */
export function countVotes(votes: readonly { votingGroup: ChangeBoardGroup; vote: ChangeBoardVoteChoice }[], rule: CountingRule = CHANGE_BOARD_RULE): Tally {
  const groups = CHANGE_BOARD_GROUPS.map((group): GroupTally => {
    const of = (choice: ChangeBoardVoteChoice) => votes.filter((v) => v.votingGroup === group && v.vote === choice).length;
    const [approve, abstain] = [of("APPROVE"), of("ABSTAIN")];
    const reject = of("REJECT") + (rule.abstentions === "countAsReject" ? abstain : 0);
    const position: GroupPosition = approve + reject === 0 ? "NO_VOTES" : approve > reject ? "APPROVE" : reject > approve ? "REJECT" : "TIED";
    return { group, approve, reject: of("REJECT"), abstain, position };
  });
  const voting = rule.boardRecommendsWhen === "majorityOfAllGroups" ? groups.length : groups.filter((g) => g.position !== "NO_VOTES").length;
  const count = (p: GroupPosition) => groups.filter((g) => g.position === p).length;
  // A strict majority: more than half of the groups counted (none voting: no recommendation).
  const majority = (n: number) => voting > 0 && n * 2 > voting;
  const recommendation: ChangeBoardRecommendation = majority(count("APPROVE")) ? "APPROVE" : majority(count("REJECT")) ? "REJECT" : "NONE";
  return { rule, groups, recommendation };
}
