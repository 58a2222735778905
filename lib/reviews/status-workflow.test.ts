import { beforeAll, describe, expect, it } from "vitest";
import type { CurrentUser } from "@/lib/auth/current-user";
import { VISITOR } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { Role, WindowStatus } from "@/lib/generated/prisma/enums";
import { createActor } from "@/test/support/actors";
import { resetDatabase } from "@/test/support/database";
import { planRound, putRoundInStatus } from "@/test/support/review-rounds";
import { seedTwoModifications } from "@/test/support/two-modifications";
import { expectedOutcome, testEveryTransition, type WorkflowRules } from "@/test/support/workflow";
import { changeReviewRoundStatus } from "./change-review-round-status";

// The review round workflow as the README describes it, written out here rather than read from
// status-workflow.ts: Planned → Open → Closed, one way, and only SECAS moves a round.
const RULES: WorkflowRules<WindowStatus> = {
  states: Object.values(WindowStatus),
  moves: { PLANNED: ["OPEN"], OPEN: ["CLOSED"] },
  mayMoveTo: { PLANNED: ["SECAS"], OPEN: ["SECAS"], CLOSED: ["SECAS"] },
};

const actors = {} as Record<Role, CurrentUser>;
let dp162: string;
let roundId: string;

const current = () => db().reviewRound.findUniqueOrThrow({ where: { id: roundId }, select: { status: true, version: true, baselineId: true } });

describe("the review round workflow, every from × to × principal", () => {
  beforeAll(async () => {
    await resetDatabase();
    ({ dp162 } = await seedTwoModifications());
    for (const role of Object.values(Role)) actors[role] = await createActor(role);
    // A scope chosen beforehand, so that opening writes the round and its audit event only.
    const baseline = await db().baseline.findFirstOrThrow({ where: { modificationId: dp162 }, select: { id: true } });
    roundId = await planRound(actors.SECAS, dp162, { baselineId: baseline.id });
  });

  testEveryTransition(RULES, () => ({
    setState: (status) => putRoundInStatus(roundId, status),
    readState: async () => (await current()).status,
    move: async (actor, status) => changeReviewRoundStatus(db(), actor, { modificationId: dp162, roundId, expectedVersion: (await current()).version, status }),
    actorFor: (principal) => (principal === VISITOR ? null : actors[principal]),
  }));

  it("the rules above allow what the README says, so the table cannot pass vacuously", () => {
    expect(expectedOutcome(RULES, "PLANNED", "OPEN", "SECAS")).toBe("OK");
    expect(expectedOutcome(RULES, "OPEN", "CLOSED", "SECAS")).toBe("OK");
    expect(expectedOutcome(RULES, "CLOSED", "OPEN", "SECAS")).toBe("VALIDATION");
    expect(expectedOutcome(RULES, "PLANNED", "OPEN", "WORKING_GROUP")).toBe("FORBIDDEN");
    expect(expectedOutcome(RULES, "OPEN", "CLOSED", "REVIEWER")).toBe("FORBIDDEN");
  });
});
