import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createLargeModification } from "@/test/support/large-modification";
import { createActor } from "@/test/support/actors";
import { resetDatabase } from "@/test/support/database";
import { queryCounterForTheseTests } from "@/test/support/query-counter";
import { compareSides } from "./compare-requirement-sets";
import { createBaseline } from "./create-baseline";
import { findBaselines } from "./find-baselines";

// Freezing, listing and comparing cost the same number of queries at 10 requirements as at 120.
const counter = queryCounterForTheseTests();

beforeAll(() => resetDatabase());

const countQueries = (run: () => Promise<unknown>) => counter.count(run);

describe("baselines at any size", () => {
  it("use a fixed number of queries", async () => {
    const wg = await createActor("WORKING_GROUP");
    const counts = [];
    for (const [number, requirements] of [[901, 10], [902, 120]] as const) {
      const m = await createLargeModification(db(), { number, requirements, versionsPerRequirement: 2, comments: 0 });
      const freeze = await countQueries(() => createBaseline(counter.client, wg, { modificationId: m.id, name: "v1" }));
      const { id } = (await findBaselines(db(), m.id))[0]!;
      const list = await countQueries(() => findBaselines(counter.client, m.id));
      const compare = await countQueries(() => compareSides(counter.client, m.id, id, "now"));
      counts.push({ freeze, list, compare });
    }
    expect(counts[1]).toEqual(counts[0]);
    expect(counts[0]!.compare).toBeLessThanOrEqual(10);
  });
});
