import { beforeAll, describe, expect, it } from "vitest";
import type { CurrentUser } from "@/lib/auth/current-user";
import { VISITOR } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { RequirementStatus, Role } from "@/lib/generated/prisma/enums";
import { seedDatabase } from "@/lib/seed/seed-database";
import { createActor } from "@/test/support/actors";
import { resetDatabase } from "@/test/support/database";
import { expectedOutcome, testEveryTransition, type WorkflowRules } from "@/test/support/workflow";
import { changeRequirementStatus } from "./change-requirement-status";

// The requirement status workflow as the README describes it, written out here rather
// than read from status-workflow.ts: Draft → Proposed → Agreed, and Withdrawn; an agreed one can
// be reopened, a withdrawn one reinstated as a draft; only SECAS records an agreement.
const EDITORS = ["SECAS", "WORKING_GROUP"] as const;
const RULES: WorkflowRules<RequirementStatus> = {
  states: Object.values(RequirementStatus),
  moves: {
    DRAFT: ["PROPOSED", "WITHDRAWN"],
    PROPOSED: ["AGREED", "DRAFT", "WITHDRAWN"],
    AGREED: ["PROPOSED", "WITHDRAWN"],
    WITHDRAWN: ["DRAFT"],
  },
  mayMoveTo: { DRAFT: EDITORS, PROPOSED: EDITORS, AGREED: ["SECAS"], WITHDRAWN: EDITORS },
};

const actors = {} as Record<Role, CurrentUser>;
let requirementId: string;
let modificationId: string;

const current = () => db().requirement.findUniqueOrThrow({ where: { id: requirementId }, select: { status: true, version: true } });

describe("the requirement status workflow, every from × to × principal", () => {
  beforeAll(async () => {
    await resetDatabase();
    await seedDatabase(db(), { demoAccounts: false });
    for (const role of Object.values(Role)) actors[role] = await createActor(role);
    ({ id: requirementId, modificationId } = await db().requirement.findFirstOrThrow({ where: { ref: "BR-02" }, select: { id: true, modificationId: true } }));
  });

  testEveryTransition(RULES, () => ({
    setState: async (status) => {
      await db().requirement.update({ where: { id: requirementId }, data: { status } });
    },
    readState: async () => (await current()).status,
    move: async (actor, status) => changeRequirementStatus(db(), actor, { modificationId, requirementId, expectedVersion: (await current()).version, status, reason: "Workflow test" }),
    actorFor: (principal) => (principal === VISITOR ? null : actors[principal]),
  }));

  it("the rules above allow what the README says, so the table cannot pass vacuously", () => {
    expect(expectedOutcome(RULES, "PROPOSED", "AGREED", "SECAS")).toBe("OK");
    expect(expectedOutcome(RULES, "PROPOSED", "AGREED", "WORKING_GROUP")).toBe("FORBIDDEN");
    expect(expectedOutcome(RULES, "WITHDRAWN", "AGREED", "SECAS")).toBe("VALIDATION");
    expect(expectedOutcome(RULES, "DRAFT", "WITHDRAWN", "PARTY_RESPONDENT")).toBe("FORBIDDEN");
  });
});
