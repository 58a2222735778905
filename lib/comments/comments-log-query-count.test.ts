import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { findRequirementsByArea } from "@/lib/requirements/find-requirements";
import { resetDatabase } from "@/test/support/database";
import { createLargeModification } from "@/test/support/large-modification";
import { queryCounterForTheseTests } from "@/test/support/query-counter";
import { insertReply } from "@/test/support/comments";
import { exportCommentsLog } from "./export-comments-log";
import { commentsLogFilterSchema, findCommentsLog } from "./find-comments-log";

// The comments log, its export and the requirements list with open-thread counts cost the same
// number of queries with 20 comments as with 200 (each with a reply).
const counter = queryCounterForTheseTests();
const counted = counter.client;

beforeAll(() => resetDatabase());

describe("the comments log at any size", () => {
  it("uses a fixed number of queries, and pages 25 threads at a time", async () => {
    const counts = [];
    for (const [number, comments] of [[721, 20], [722, 200]] as const) {
      const m = await createLargeModification(db(), { number, requirements: 10, versionsPerRequirement: 2, comments });
      const author = await db().user.findFirstOrThrow({ where: { email: "seed-large@portal.invalid" }, select: { id: true } });
      const threads = await db().comment.findMany({ where: { modificationId: m.id }, select: { id: true } });
      for (const t of threads) await insertReply(t.id, author.id, "Generated reply");
      const all = commentsLogFilterSchema.parse({});
      counts.push({
        log: await counter.count(() => findCommentsLog(counted, m.id, all)),
        filtered: await counter.count(() => findCommentsLog(counted, m.id, commentsLogFilterSchema.parse({ status: "OPEN", severity: "MAJOR" }))),
        export: await counter.count(() => exportCommentsLog(counted, m, "csv", all)),
        requirements: await counter.count(() => findRequirementsByArea(counted, m.id, {}, { openThreads: true })),
      });
      const last = await findCommentsLog(db(), m.id, commentsLogFilterSchema.parse({ page: "8" }));
      if (comments === 200) expect([last.pageCount, last.threads.length, last.threads[0]?.label]).toEqual([8, 25, "C-176"]);
    }
    expect(counts[1]).toEqual(counts[0]);
    expect(counts[0]!.log).toBeLessThanOrEqual(20);
    expect(counts[0]!.requirements).toBe(3);
  });
});
