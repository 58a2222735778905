import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { seedDatabase } from "@/lib/seed/seed-database";
import { createActor } from "@/test/support/actors";
import { resetDatabase } from "@/test/support/database";
import { changedTables, snapshotTables } from "@/test/support/snapshot";
import { expectVersionConflict } from "@/test/support/version-conflict";
import { getServiceRequestWithVersions } from "./get-service-request";
import { serviceRequestEditSchema, updateServiceRequest } from "./update-service-request";

const EDIT = serviceRequestEditSchema.parse({
  eligibleForMdr: "on",
  illustrative: undefined,
  targetResponseTime: "45 seconds (On-Demand)",
  testingScenario: "Retrieve one day of profile data.",
  changeNote: "Agreed with the DCC",
  expectedVersion: "1",
});

describe("editing the Service Request matrix", () => {
  let modificationId: string;
  beforeEach(async () => {
    await resetDatabase();
    await seedDatabase(db(), { demoAccounts: false });
    ({ id: modificationId } = await db().modification.findUniqueOrThrow({ where: { number: 162 } }));
  });

  it("saves a row as a new version with an audit event, keeping version 1", async () => {
    const wg = await createActor("WORKING_GROUP");
    const sr = await getServiceRequestWithVersions(db(), modificationId, "4.8.1");
    await updateServiceRequest(db(), wg, { modificationId, serviceRequestId: sr.id, edit: EDIT });
    const after = await getServiceRequestWithVersions(db(), modificationId, "4.8.1");
    expect(after).toMatchObject({ version: 2, targetResponseTime: "45 seconds (On-Demand)", illustrative: false });
    expect(after.versions.map((v) => [v.version, v.targetResponseTime, v.changeNote])).toEqual([
      [2, "45 seconds (On-Demand)", "Agreed with the DCC"],
      [1, "60 seconds (On-Demand)", "Proposed in the DP162 scope (illustrative)"],
    ]);
    const [event] = await db().auditEvent.findMany({ where: { entityId: sr.id } });
    expect(event).toMatchObject({ action: "serviceRequest.updated", modificationId, before: { targetResponseTime: "60 seconds (On-Demand)", version: 1 } });
  });

  it("refuses a save from an older version, saying who saved which version when, and writes nothing", async () => {
    const [wg, other] = [await createActor("WORKING_GROUP"), await createActor("WORKING_GROUP")];
    const sr = await getServiceRequestWithVersions(db(), modificationId, "4.1");
    await updateServiceRequest(db(), other, { modificationId, serviceRequestId: sr.id, edit: { ...EDIT, targetResponseTime: "Their time" } });
    const before = await snapshotTables();
    await expectVersionConflict(updateServiceRequest(db(), wg, { modificationId, serviceRequestId: sr.id, edit: EDIT }), { version: 2, author: other.name, what: "SR 4.1" });
    expect(changedTables(before, await snapshotTables())).toEqual([]);
    expect(await getServiceRequestWithVersions(db(), modificationId, "4.1")).toMatchObject({ version: 2, targetResponseTime: "Their time" });
  });

  it("refuses a reviewer, writing nothing", async () => {
    const reviewer = await createActor("REVIEWER", "TABASC");
    const sr = await getServiceRequestWithVersions(db(), modificationId, "4.1");
    await expect(updateServiceRequest(db(), reviewer, { modificationId, serviceRequestId: sr.id, edit: EDIT })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await getServiceRequestWithVersions(db(), modificationId, "4.1")).versions).toHaveLength(1);
  });

  it("explains missing values", () => {
    const result = serviceRequestEditSchema.safeParse({ targetResponseTime: "", testingScenario: " ", changeNote: "", expectedVersion: "1" });
    expect(result.error!.issues.map((i) => i.message)).toEqual(["Give the Target Response Time", "Describe the testing scenario", "Say what changed and why"]);
  });
});
