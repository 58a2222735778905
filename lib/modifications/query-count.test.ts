import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createLargeModification } from "@/test/support/large-modification";
import { resetDatabase } from "@/test/support/database";
import { createQueryCounter } from "@/test/support/query-counter";
import { getModificationByRef, getModificationOverview } from "./get-modification";

// The overview costs the same number of queries at 10 requirements as at 120.
let counter: ReturnType<typeof createQueryCounter>;

beforeAll(async () => {
  await resetDatabase();
  counter = createQueryCounter();
});
afterAll(() => counter.client.$disconnect());

describe("the overview", () => {
  it("uses a fixed number of queries", async () => {
    const counts = [];
    for (const [number, requirements] of [[921, 10], [922, 120]] as const) {
      const m = await createLargeModification(db(), { number, requirements, versionsPerRequirement: 1, comments: 0 });
      counts.push(await counter.count(async (c) => getModificationOverview(c, (await getModificationByRef(c, m.draftRef)).id)));
    }
    expect(counts).toEqual([2, 2]);
  });
});
