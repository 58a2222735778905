import { beforeAll, describe, expect, it } from "vitest";
import type { CurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { createActor } from "@/test/support/actors";
import { resetDatabase } from "@/test/support/database";
import { draftProposalFields, raiseTestProposal } from "@/test/support/lifecycle";
import { changedTables, snapshotTables } from "@/test/support/snapshot";
import { seedTwoModifications } from "@/test/support/two-modifications";
import { getModificationByRef } from "./get-modification";
import { raiseDraftProposal } from "./raise-draft-proposal";

let secas: CurrentUser;

beforeAll(async () => {
  await resetDatabase();
  await seedTwoModifications(); // DP162 (as MP162) and DP963
  secas = await createActor("SECAS");
});

const refusal = (p: Promise<unknown>) => p.then(() => expect.fail("went through"), (e: unknown) => e as AppError);

describe("raising a Draft Proposal", () => {
  it("takes the next free number, starts in Development with a milestone, the issue's first version and an audit event", async () => {
    const raised = await raiseTestProposal(secas);
    expect(raised).toMatchObject({ number: 964, draftRef: "DP964" });
    const m = await db().modification.findUniqueOrThrow({
      where: { id: raised.id },
      select: { stage: true, proposalRef: true, path: true, urgent: true, version: true, issue: true, milestones: { select: { event: true, occurredOn: true } }, sectionVersions: { select: { section: true, number: true } } },
    });
    expect(m).toMatchObject({ stage: "DEVELOPMENT", proposalRef: null, path: "PATH_2_AUTHORITY_DETERMINATION", urgent: false, version: 1 });
    expect(m.milestones).toEqual([{ event: "Draft Proposal raised", occurredOn: new Date("2026-11-02T00:00:00Z") }]);
    expect(m.sectionVersions).toEqual([{ section: "ISSUE", number: 1 }]);
    const event = await db().auditEvent.findFirstOrThrow({ where: { entityId: raised.id, action: "modification.raised" }, select: { actorId: true, after: true } });
    expect(event).toMatchObject({ actorId: secas.id, after: { ref: "DP964", stage: "DEVELOPMENT", version: 1 } });
  });

  it("takes a number SECAS gives, reachable as dp/DP in any case", async () => {
    const raised = await raiseTestProposal(secas, { number: "170", urgent: "on", path: "" });
    expect(raised.draftRef).toBe("DP170");
    expect(await getModificationByRef(db(), "dp170")).toMatchObject({ id: raised.id });
    // An MP address names it only once it is converted.
    await expect(getModificationByRef(db(), "MP170")).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("refuses a number already taken with a clear message, and writes nothing", async () => {
    const before = await snapshotTables();
    const error = await refusal(raiseTestProposal(secas, { number: "162", title: "Clash" }));
    expect(error).toMatchObject({ code: "CONFLICT", message: "DP162 is already taken. Leave the number empty to take the next free one.", fieldErrors: { number: [expect.any(String)] } });
    expect(changedTables(before, await snapshotTables())).toEqual([]);
  });

  it.each([
    ["no title", { title: "  " }, "title"],
    ["an unknown proposer", { proposerId: "nobody" }, "proposerId"],
    ["no issue statement", { issue: "" }, "issue"],
    ["an unknown path", { path: "PATH_9" }, "path"],
    ["a number that is not one", { number: "16x" }, "number"],
    ["a number too large", { number: "100000" }, "number"],
    ["no date", { raisedOn: "" }, "raisedOn"],
    ["an impossible date", { raisedOn: "2026-02-31x" }, "raisedOn"],
    ["a NUL in the title", { title: "DP\u0000" }, "title"],
    ["a direction override in the issue", { issue: "shall \u202Enot" }, "issue"],
  ])("refuses %s, naming the field, and writes nothing", async (_, overrides, field) => {
    const before = await snapshotTables();
    const error = await refusal(raiseTestProposal(secas, overrides));
    expect(error).toMatchObject({ code: "VALIDATION" });
    expect(Object.keys(error.fieldErrors)).toContain(field);
    expect(changedTables(before, await snapshotTables())).toEqual([]);
  });

  it("gives two raises at once two distinct numbers", async () => {
    const fields = await draftProposalFields();
    const [a, b] = await Promise.all([raiseDraftProposal(db(), secas, { ...fields, title: "A" }), raiseDraftProposal(db(), secas, { ...fields, title: "B" })]);
    expect(new Set([a.number, b.number]).size).toBe(2);
    expect([a.number, b.number].sort()).toEqual([965, 966]);
  });

  it("lets only one of two raises of the same explicit number through; the other is refused cleanly", async () => {
    const fields = await draftProposalFields({ number: "180" });
    const results = await Promise.allSettled([raiseDraftProposal(db(), secas, fields), raiseDraftProposal(db(), secas, fields)]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.find((r) => r.status === "rejected")).toMatchObject({ reason: { code: "CONFLICT", message: expect.stringContaining("DP180 is already taken") } });
    expect(await db().modification.count({ where: { number: 180 } })).toBe(1);
  });
});
