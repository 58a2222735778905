import { beforeAll, describe, expect, it } from "vitest";
import type { CurrentUser } from "@/lib/auth/current-user";
import { VISITOR } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { ModificationStage, Role } from "@/lib/generated/prisma/enums";
import { createActor } from "@/test/support/actors";
import { resetDatabase } from "@/test/support/database";
import { modificationVersion, raiseTestProposal } from "@/test/support/lifecycle";
import { changedTables, snapshotTables } from "@/test/support/snapshot";
import { seedTwoModifications } from "@/test/support/two-modifications";
import { expectedOutcome, testEveryTransition, type WorkflowRules } from "@/test/support/workflow";
import { moveModificationStage } from "./move-modification-stage";

// The lifecycle as the README describes it, written out here rather than read from
// stage-workflow.ts: Development → Refinement → Report Phase → Decision → Implemented; the report
// may be sent back one step; withdrawn before the decision, rejected at it; the ends are ends.
const RULES: WorkflowRules<ModificationStage> = {
  states: Object.values(ModificationStage),
  moves: {
    DEVELOPMENT: ["REFINEMENT", "WITHDRAWN"],
    REFINEMENT: ["REPORT", "WITHDRAWN"],
    REPORT: ["DECISION", "REFINEMENT", "WITHDRAWN"],
    DECISION: ["IMPLEMENTATION", "REJECTED", "REPORT", "WITHDRAWN"],
  },
  mayMoveTo: Object.fromEntries(Object.values(ModificationStage).map((s) => [s, ["SECAS"]])) as unknown as WorkflowRules<ModificationStage>["mayMoveTo"],
};

const actors = {} as Record<Role, CurrentUser>;
let id: string;
let day = 0;
/** A new date for each move, so no two moves make the same milestone. */
const nextDay = () => new Date(Date.UTC(2027, 0, 1) + ++day * 86_400_000).toISOString().slice(0, 10);
const stageOf = async (modificationId: string) => (await db().modification.findUniqueOrThrow({ where: { id: modificationId }, select: { stage: true } })).stage;

beforeAll(async () => {
  await resetDatabase();
  await seedTwoModifications();
  for (const role of Object.values(Role)) actors[role] = await createActor(role);
  ({ id } = await raiseTestProposal(actors.SECAS));
  // Converted, so that the conversion rule (tested below) does not stand in the way here.
  await db().modification.update({ where: { id }, data: { proposalRef: "MP964" } });
});

describe("the modification stage workflow, every from × to × principal", () => {
  testEveryTransition(RULES, () => ({
    setState: async (stage) => void (await db().modification.update({ where: { id }, data: { stage } })),
    readState: () => stageOf(id),
    move: async (actor, stage) => moveModificationStage(db(), actor, { modificationId: id, expectedVersion: await modificationVersion(id), stage, movedOn: nextDay(), meeting: "Panel" }),
    actorFor: (principal) => (principal === VISITOR ? null : actors[principal]),
  }));

  it("the rules above allow what the README says, so the table cannot pass vacuously", () => {
    expect(expectedOutcome(RULES, "DEVELOPMENT", "REFINEMENT", "SECAS")).toBe("OK");
    expect(expectedOutcome(RULES, "DECISION", "REJECTED", "SECAS")).toBe("OK");
    expect(expectedOutcome(RULES, "WITHDRAWN", "REFINEMENT", "SECAS")).toBe("VALIDATION");
    expect(expectedOutcome(RULES, "REJECTED", "DECISION", "SECAS")).toBe("VALIDATION");
    expect(expectedOutcome(RULES, "DEVELOPMENT", "REFINEMENT", "WORKING_GROUP")).toBe("FORBIDDEN");
  });
});

describe("a move", () => {
  it("writes the stage, the milestone (date and meeting) and the audit event together", async () => {
    await db().modification.update({ where: { id }, data: { stage: "REFINEMENT" } });
    const version = await modificationVersion(id);
    const before = await snapshotTables();
    await moveModificationStage(db(), actors.SECAS, { modificationId: id, expectedVersion: version, stage: "REPORT", movedOn: "2027-06-01", meeting: "Change Sub-Committee, 1 June 2027" });
    expect(changedTables(before, await snapshotTables())).toEqual(["AuditEvent", "Milestone", "Modification"]);
    expect(await db().milestone.findFirst({ where: { modificationId: id, occurredOn: new Date("2027-06-01T00:00:00Z") }, select: { event: true, meeting: true } })).toEqual({
      event: "Moved to Report Phase",
      meeting: "Change Sub-Committee, 1 June 2027",
    });
  });

  it("leaves the stage as it was when its milestone cannot be written (one transaction)", async () => {
    await db().modification.update({ where: { id }, data: { stage: "REFINEMENT" } });
    // The same move on the same date is already on the timeline (the test above made it).
    const before = await snapshotTables();
    const move = moveModificationStage(db(), actors.SECAS, { modificationId: id, expectedVersion: await modificationVersion(id), stage: "REPORT", movedOn: "2027-06-01", meeting: "Again" });
    await expect(move).rejects.toMatchObject({ code: "CONFLICT" });
    expect(changedTables(before, await snapshotTables())).toEqual([]);
    expect(await stageOf(id)).toBe("REFINEMENT");
  });

  it.each([
    ["no date", { movedOn: "" }, "movedOn"],
    ["no meeting", { meeting: " " }, "meeting"],
    ["an unknown stage", { stage: "LIMBO" }, "stage"],
  ])("is refused with %s, and nothing is written", async (_, overrides, field) => {
    const before = await snapshotTables();
    const move = moveModificationStage(db(), actors.SECAS, { modificationId: id, expectedVersion: await modificationVersion(id), stage: "REPORT", movedOn: "2027-07-01", meeting: "Panel", ...(overrides as object) });
    await expect(move).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: { [field]: [expect.any(String)] } });
    expect(changedTables(before, await snapshotTables())).toEqual([]);
  });

  it("out of Development needs the Panel's conversion first; withdrawal does not", async () => {
    const draft = await raiseTestProposal(actors.SECAS, { title: "Not yet converted" });
    const move = (stage: ModificationStage) => moveModificationStage(db(), actors.SECAS, { modificationId: draft.id, expectedVersion: 1, stage, movedOn: "2027-08-01", meeting: "Panel" });
    await expect(move("REFINEMENT")).rejects.toMatchObject({ code: "VALIDATION", message: expect.stringContaining("still a Draft Proposal") });
    await move("WITHDRAWN");
    expect(await stageOf(draft.id)).toBe("WITHDRAWN");
  });

  it("from a stale version is a conflict naming who moved it", async () => {
    await db().modification.update({ where: { id }, data: { stage: "REFINEMENT" } });
    const stale = await modificationVersion(id);
    await moveModificationStage(db(), actors.SECAS, { modificationId: id, expectedVersion: stale, stage: "REPORT", movedOn: "2027-09-01", meeting: "Panel" });
    const move = moveModificationStage(db(), actors.SECAS, { modificationId: id, expectedVersion: stale, stage: "DECISION", movedOn: "2027-09-02", meeting: "Panel" });
    await expect(move).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining(`${actors.SECAS.name} saved version ${stale + 1} of MP964`) });
  });
});
