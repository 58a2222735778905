import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createLargeModification } from "@/test/support/large-modification";
import { resetDatabase } from "@/test/support/database";
import { queryCounterForTheseTests } from "@/test/support/query-counter";
import { getModificationOverview } from "./get-modification";

// The overview is one query, at 10 requirements as at 120.
const counter = queryCounterForTheseTests();

beforeAll(() => resetDatabase());

describe("the overview", () => {
  it("is one query whatever the size", async () => {
    const counts = [];
    for (const [number, requirements] of [[921, 10], [922, 120]] as const) {
      const m = await createLargeModification(db(), { number, requirements, versionsPerRequirement: 1, comments: 0 });
      counts.push(await counter.count((c) => getModificationOverview(c, m.draftRef)));
    }
    expect(counts).toEqual([1, 1]);
  });
});
