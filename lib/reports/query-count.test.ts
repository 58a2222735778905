import { beforeAll, describe, expect, it } from "vitest";
import { VISITOR } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { createActor } from "@/test/support/actors";
import { resetDatabase } from "@/test/support/database";
import { createLargeModification } from "@/test/support/large-modification";
import { queryCounterForTheseTests } from "@/test/support/query-counter";
import { createBaseline } from "@/lib/baselines/create-baseline";
import { findReports } from "./find-reports";
import { gatherSections } from "./gather-sections";
import { latestPublishedReports } from "./latest-published";

// The generated sections, the list of versions and the register's latest-report column cost the
// same number of queries with 20 requirements and 40 threads as with 200 and 400.
const counter = queryCounterForTheseTests();
const counted = counter.client;

beforeAll(() => resetDatabase());

describe("reading a report's sections at any size", () => {
  it("uses a fixed number of queries", async () => {
    const secas = await createActor("SECAS");
    const counts = [];
    for (const [number, requirements] of [[731, 20], [732, 200]] as const) {
      const m = await createLargeModification(db(), { number, requirements, versionsPerRequirement: 2, comments: requirements * 2 });
      const { id: baselineId } = await createBaseline(db(), secas, { modificationId: m.id, name: "All" });
      const narrative = { summary: "", issue: "", solution: "", implementation: "", assessment: "", workingGroupViews: "" };
      let rows = 0;
      counts.push({
        sections: await counter.count(async () => (rows = (await gatherSections(counted, { modificationId: m.id, baselineId, title: "T", narrative }, new Date())).requirements.length)),
        list: await counter.count(() => findReports(counted, VISITOR, m.id)),
        register: await counter.count(() => latestPublishedReports(counted, [m.id])),
      });
      expect(rows).toBe(requirements);
    }
    expect(counts[1]).toEqual(counts[0]);
  }, 120_000);
});
