import { beforeAll, describe, expect, it } from "vitest";
import type { CurrentUser } from "@/lib/auth/current-user";
import { VISITOR } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { ConsultationStatus, Role } from "@/lib/generated/prisma/enums";
import { createActor } from "@/test/support/actors";
import { resetDatabase } from "@/test/support/database";
import { planConsultation, putConsultationInStatus } from "@/test/support/plan-consultation";
import { seedTwoModifications } from "@/test/support/two-modifications";
import { expectedOutcome, testEveryTransition, type WorkflowRules } from "@/test/support/workflow";
import { changeConsultationStatus } from "./change-consultation-status";
import { NEXT_CONSULTATION_STATUSES } from "./status-workflow";

// The moves SECAS makes from the consultation's own page, written out here rather than read from
// the code: Planned → Open → Closed, one way, only SECAS. Collating and publishing are the
// collation's commands: this one refuses them to everyone (SECAS: VALIDATION, anyone else: FORBIDDEN).
const RULES: WorkflowRules<ConsultationStatus> = {
  states: Object.values(ConsultationStatus),
  moves: { PLANNED: ["OPEN"], OPEN: ["CLOSED"] },
  mayMoveTo: { PLANNED: ["SECAS"], OPEN: ["SECAS"], CLOSED: ["SECAS"], COLLATED: ["SECAS"], PUBLISHED: ["SECAS"] },
};

const actors = {} as Record<Role, CurrentUser>;
let dp162: string;
let consultationId: string;

const current = () => db().consultation.findUniqueOrThrow({ where: { id: consultationId }, select: { status: true, version: true } });

describe("the consultation setup workflow, every from × to × principal", () => {
  beforeAll(async () => {
    await resetDatabase();
    ({ dp162 } = await seedTwoModifications());
    for (const role of Object.values(Role)) actors[role] = await createActor(role);
    // A baseline chosen beforehand, so that opening writes the consultation and its audit event only.
    const baseline = await db().baseline.findFirstOrThrow({ where: { modificationId: dp162 }, select: { id: true } });
    consultationId = await planConsultation(actors.SECAS, dp162, { baselineId: baseline.id });
  });

  testEveryTransition(RULES, () => ({
    setState: (status) => putConsultationInStatus(consultationId, status),
    readState: async () => (await current()).status,
    move: async (actor, status) => changeConsultationStatus(db(), actor, { modificationId: dp162, consultationId, expectedVersion: (await current()).version, status }),
    actorFor: (principal) => (principal === VISITOR ? null : actors[principal]),
  }));

  it("the moves above are exactly the workflow's moves into Open and Closed", () => {
    const intoOpenOrClosed = Object.fromEntries(
      Object.entries(NEXT_CONSULTATION_STATUSES)
        .map(([from, to]) => [from, to.filter((s) => s === "OPEN" || s === "CLOSED")] as const)
        .filter(([, to]) => to.length > 0),
    );
    expect(intoOpenOrClosed).toEqual(RULES.moves);
  });

  it("the rules above allow what the README says, so the table cannot pass vacuously", () => {
    expect(expectedOutcome(RULES, "PLANNED", "OPEN", "SECAS")).toBe("OK");
    expect(expectedOutcome(RULES, "OPEN", "CLOSED", "SECAS")).toBe("OK");
    expect(expectedOutcome(RULES, "CLOSED", "COLLATED", "SECAS")).toBe("VALIDATION");
    expect(expectedOutcome(RULES, "CLOSED", "OPEN", "SECAS")).toBe("VALIDATION");
    expect(expectedOutcome(RULES, "PLANNED", "OPEN", "WORKING_GROUP")).toBe("FORBIDDEN");
    expect(expectedOutcome(RULES, "OPEN", "CLOSED", "PARTY_RESPONDENT")).toBe("FORBIDDEN");
  });
});
