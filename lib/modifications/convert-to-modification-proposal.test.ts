import { beforeAll, describe, expect, it } from "vitest";
import type { CurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { createActor } from "@/test/support/actors";
import { resetDatabase } from "@/test/support/database";
import { raiseTestProposal } from "@/test/support/lifecycle";
import { changedTables, snapshotTables } from "@/test/support/snapshot";
import { seedTwoModifications } from "@/test/support/two-modifications";
import { convertToModificationProposal } from "./convert-to-modification-proposal";
import { getModificationByRef, getModificationOverview } from "./get-modification";
import { currentRef } from "./refs";

let secas: CurrentUser;

beforeAll(async () => {
  await resetDatabase();
  await seedTwoModifications();
  secas = await createActor("SECAS");
});

describe("converting a Draft Proposal to a Modification Proposal", () => {
  it("sets MPnnn as the reference shown, keeps the DP address, and records the Panel's decision on the timeline", async () => {
    const { id } = await raiseTestProposal(secas, { number: "163" });
    const before = await snapshotTables();
    const done = await convertToModificationProposal(db(), secas, { modificationId: id, expectedVersion: 1, decidedOn: "2026-11-20", meeting: "SEC Panel, 20 November 2026" });
    expect(done).toEqual({ proposalRef: "MP163", version: 2 });
    expect(changedTables(before, await snapshotTables())).toEqual(["AuditEvent", "Milestone", "Modification"]);
    for (const ref of ["DP163", "MP163", "mp163", "dp163"]) expect(await getModificationByRef(db(), ref)).toMatchObject({ id, proposalRef: "MP163" });
    const overview = await getModificationOverview(db(), "MP163");
    expect(currentRef(overview)).toBe("MP163");
    expect(overview.milestones.at(-1)).toMatchObject({ event: "Panel converted DP163 to Modification Proposal MP163", meeting: "SEC Panel, 20 November 2026" });
  });

  it("is refused a second time, and writes nothing", async () => {
    const { id } = await getModificationByRef(db(), "MP163");
    const before = await snapshotTables();
    const again = convertToModificationProposal(db(), secas, { modificationId: id, expectedVersion: 2, decidedOn: "2026-11-21", meeting: "Panel" });
    await expect(again).rejects.toMatchObject({ code: "VALIDATION", message: "DP163 was already converted to MP163." });
    expect(changedTables(before, await snapshotTables())).toEqual([]);
  });

  it("needs the decision's date and meeting", async () => {
    const { id } = await raiseTestProposal(secas);
    const convert = convertToModificationProposal(db(), secas, { modificationId: id, expectedVersion: 1, decidedOn: "tomorrow", meeting: "" });
    await expect(convert).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: { decidedOn: [expect.any(String)], meeting: [expect.any(String)] } });
  });

  it("of two conversions at once, lets one through", async () => {
    const { id } = await raiseTestProposal(secas);
    const convert = (meeting: string) => convertToModificationProposal(db(), secas, { modificationId: id, expectedVersion: 1, decidedOn: "2026-11-22", meeting });
    const results = await Promise.allSettled([convert("A"), convert("B")]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await db().milestone.count({ where: { modificationId: id, event: { startsWith: "Panel converted" } } })).toBe(1);
  });
});
