import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createLargeModification } from "@/test/support/large-modification";
import { createActor } from "@/test/support/actors";
import { resetDatabase } from "@/test/support/database";
import { createQueryCounter } from "@/test/support/query-counter";
import { compareSides } from "./compare-requirement-sets";
import { createBaseline } from "./create-baseline";
import { findBaselines } from "./find-baselines";

// Freezing, listing and comparing cost the same number of queries at 10 requirements as at 120.
let counter: ReturnType<typeof createQueryCounter>;
let counted: PrismaClient;
const countQueries = (run: () => Promise<unknown>) => counter.count(run);

beforeAll(async () => {
  await resetDatabase();
  counter = createQueryCounter();
  counted = counter.client;
});
afterAll(() => counted.$disconnect());

describe("baselines at any size", () => {
  it("use a fixed number of queries", async () => {
    const wg = await createActor("WORKING_GROUP");
    const counts = [];
    for (const [number, requirements] of [[901, 10], [902, 120]] as const) {
      const m = await createLargeModification(db(), { number, requirements, versionsPerRequirement: 2, comments: 0 });
      const freeze = await countQueries(() => createBaseline(counted, wg, { modificationId: m.id, name: "v1" }));
      const { id } = (await findBaselines(db(), m.id))[0]!;
      const list = await countQueries(() => findBaselines(counted, m.id));
      const compare = await countQueries(() => compareSides(counted, m.id, id, "now"));
      counts.push({ freeze, list, compare });
    }
    expect(counts[1]).toEqual(counts[0]);
    expect(counts[0]!.compare).toBeLessThanOrEqual(10);
  });
});
