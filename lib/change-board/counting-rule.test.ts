import { describe, expect, it } from "vitest";
import type { ChangeBoardGroup, ChangeBoardVoteChoice } from "@/lib/generated/prisma/enums";
import { CHANGE_BOARD_RULE, countVotes } from "./counting-rule";

const v = (votingGroup: ChangeBoardGroup, vote: ChangeBoardVoteChoice) => ({ votingGroup, vote });
const positions = (t: ReturnType<typeof countVotes>) => Object.fromEntries(t.groups.map((g) => [g.group, g.position]));

describe("the Change Board counting rule (default, to confirm)", () => {
  it("is marked as a rule to confirm", () => {
    expect(CHANGE_BOARD_RULE.toConfirm).toBe(true);
  });

  it("recommends approval when a majority of the voting groups approve", () => {
    const t = countVotes([v("LARGE_SUPPLIER", "APPROVE"), v("SMALL_SUPPLIER", "APPROVE"), v("SMALL_SUPPLIER", "REJECT"), v("SMALL_SUPPLIER", "APPROVE"), v("NETWORK_PARTY", "REJECT")]);
    expect(positions(t)).toMatchObject({ LARGE_SUPPLIER: "APPROVE", SMALL_SUPPLIER: "APPROVE", NETWORK_PARTY: "REJECT", OTHER_SEC_PARTY: "NO_VOTES", CONSUMER: "NO_VOTES" });
    expect(t.recommendation).toBe("APPROVE");
  });

  it("counts groups, not heads: many approving members in one group do not outvote two rejecting groups", () => {
    const t = countVotes([...Array(5).fill(v("LARGE_SUPPLIER", "APPROVE")), v("NETWORK_PARTY", "REJECT"), v("CONSUMER", "REJECT")]);
    expect(t.recommendation).toBe("REJECT");
  });

  it("a group with equal approve and reject votes is tied and approves nothing", () => {
    const t = countVotes([v("SMALL_SUPPLIER", "APPROVE"), v("SMALL_SUPPLIER", "REJECT"), v("CONSUMER", "APPROVE")]);
    expect(positions(t).SMALL_SUPPLIER).toBe("TIED");
    // One of two voting groups approves: not a majority.
    expect(t.recommendation).toBe("NONE");
  });

  it("an even split of groups gives no recommendation", () => {
    const t = countVotes([v("LARGE_SUPPLIER", "APPROVE"), v("SMALL_SUPPLIER", "APPROVE"), v("NETWORK_PARTY", "REJECT"), v("OTHER_SEC_PARTY", "REJECT")]);
    expect(t.recommendation).toBe("NONE");
  });

  it("abstentions are not counted: a group of one approval and two abstentions approves", () => {
    const t = countVotes([v("OTHER_SEC_PARTY", "APPROVE"), v("OTHER_SEC_PARTY", "ABSTAIN"), v("OTHER_SEC_PARTY", "ABSTAIN")]);
    expect(t.groups.find((g) => g.group === "OTHER_SEC_PARTY")).toMatchObject({ approve: 1, reject: 0, abstain: 2, position: "APPROVE" });
    expect(t.recommendation).toBe("APPROVE");
  });

  it("a group whose members all abstain casts no vote and is not among the voting groups", () => {
    const t = countVotes([v("NETWORK_PARTY", "ABSTAIN"), v("CONSUMER", "APPROVE")]);
    expect(positions(t).NETWORK_PARTY).toBe("NO_VOTES");
    expect(t.recommendation).toBe("APPROVE");
  });

  it("no votes at all (empty groups): no recommendation", () => {
    expect(countVotes([]).recommendation).toBe("NONE");
    expect(countVotes([v("CONSUMER", "ABSTAIN")]).recommendation).toBe("NONE");
  });

  it("the configuration changes the outcome: all five groups as the denominator, abstentions as rejections", () => {
    const votes = [v("CONSUMER", "APPROVE"), v("LARGE_SUPPLIER", "APPROVE")];
    expect(countVotes(votes).recommendation).toBe("APPROVE");
    expect(countVotes(votes, { ...CHANGE_BOARD_RULE, boardRecommendsWhen: "majorityOfAllGroups" }).recommendation).toBe("NONE");
    const abstaining = [v("SMALL_SUPPLIER", "APPROVE"), v("SMALL_SUPPLIER", "ABSTAIN"), v("SMALL_SUPPLIER", "ABSTAIN")];
    expect(countVotes(abstaining, { ...CHANGE_BOARD_RULE, abstentions: "countAsReject" }).recommendation).toBe("REJECT");
  });
});
