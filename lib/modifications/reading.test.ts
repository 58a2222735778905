import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { findRequirementsByArea, requirementFilterSchema } from "@/lib/requirements/find-requirements";
import { getRequirement } from "@/lib/requirements/get-requirement";
import { seedDatabase } from "@/lib/seed/seed-database";
import { findServiceRequests } from "@/lib/service-requests/find-service-requests";
import { resetDatabase } from "@/test/support/database";
import { findModifications } from "./find-modifications";
import { getModificationByRef, getModificationOverview } from "./get-modification";

describe("reading DP162", () => {
  beforeAll(async () => {
    await resetDatabase();
    await seedDatabase(db(), { demoAccounts: false });
  });

  it("finds the modification by its DP or MP reference, in any case", async () => {
    const byDraft = await getModificationByRef(db(), "DP162");
    expect(await getModificationByRef(db(), "mp162")).toEqual(byDraft);
    for (const ref of ["DP999", "MP1", "XX162", "162", "DP162; drop table", ""]) {
      await expect(getModificationByRef(db(), ref)).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(getModificationOverview(db(), ref)).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
  });

  it("lists the register and the overview", async () => {
    const [entry] = await findModifications(db());
    expect(entry).toMatchObject({ draftRef: "DP162", proposalRef: "MP162", proposer: { name: "Smart DCC Ltd" } });
    const overview = await getModificationOverview(db(), "mp162");
    expect(overview).toMatchObject({ id: entry!.id, draftRef: "DP162" });
    expect(overview.areas.map((a) => a._count.requirements)).toEqual([4, 5, 4, 2]);
    expect(overview.milestones.map((m) => m.occurredOn.toISOString().slice(0, 10))).toEqual([...overview.milestones.map((m) => m.occurredOn.toISOString().slice(0, 10))].sort());
    expect(overview.reviewRounds.find((r) => r.committee === "OPSG")?.status).toBe("CLOSED");
  });

  it("groups requirements by area in order, and filters by status", async () => {
    const { id } = await getModificationByRef(db(), "DP162");
    const { areas: all } = await findRequirementsByArea(db(), id, {});
    expect(all.map((a) => a.code)).toEqual(["MDR-ROLE", "SERVICE-REQUESTS", "SECURITY-PRIVACY", "USER-ENTRY"]);
    expect(all[0]!.requirements.map((r) => r.ref)).toEqual(["BR-01", "BR-02", "BR-03", "BR-04"]);
    const { areas: agreed } = await findRequirementsByArea(db(), id, requirementFilterSchema.parse({ status: "AGREED" }));
    expect(agreed.flatMap((a) => a.requirements)).toEqual([]);
    // an unknown status in the address is ignored rather than an error
    expect(requirementFilterSchema.parse({ status: "BOGUS", page: "-1" })).toEqual({ status: undefined, page: 1 });
  });

  it("shows a requirement's links from both ends and its current version's author", async () => {
    const { id } = await getModificationByRef(db(), "DP162");
    const br05 = await getRequirement(db(), id, "br-05");
    expect(br05.ref).toBe("BR-05");
    expect(br05.current).toMatchObject({ version: 1, author: { name: "SECAS (seed import)" } });
    expect(br05.linksFrom.filter((l) => l.serviceRequest).map((l) => l.serviceRequest!.number)).toEqual(["4.1", "4.6", "4.8.1", "4.8.2", "4.8.3"]);
    expect(br05.linksTo.map((l) => l.requirement.ref)).toEqual(["BR-06"]);
    await expect(getRequirement(db(), id, "BR-99")).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("shows which requirements reference each Service Request", async () => {
    const { id } = await getModificationByRef(db(), "DP162");
    const rows = await findServiceRequests(db(), id);
    const sr481 = rows.find((r) => r.number === "4.8.1")!;
    expect(sr481.links.map((l) => l.requirement.ref)).toEqual(["BR-05", "BR-08"]);
    expect(rows.find((r) => r.number === "1.1.1")).toMatchObject({ eligibleForMdr: false, links: [] });
  });

  it("refuses a second requirement with the same reference, and a reference that does not match its number", async () => {
    const { id } = await getModificationByRef(db(), "DP162");
    const base = await db().requirement.findFirstOrThrow({ where: { modificationId: id }, select: { areaId: true } });
    const make = (number: number, ref: string) =>
      db().requirement.create({ data: { modificationId: id, areaId: base.areaId, number, ref, position: 99, title: "t", body: "b" } });
    await expect(make(1, "BR-01")).rejects.toThrow();
    await expect(make(40, "BR-41")).rejects.toThrow(/Requirement_ref_matches_number/);
  });
});
