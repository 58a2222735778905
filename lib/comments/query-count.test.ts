import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createActor } from "@/test/support/actors";
import { resetDatabase } from "@/test/support/database";
import { queryCounterForTheseTests } from "@/test/support/query-counter";
import { planRound, putRoundInStatus } from "@/test/support/review-rounds";
import { seedTwoModifications } from "@/test/support/two-modifications";
import { findThreads, getThread } from "./find-threads";

// A requirement's threads, and one thread's page, cost the same number of queries with 2 threads
// as with 60 (each with replies, revisions and addressed-in records).
const counter = queryCounterForTheseTests();
const counted = counter.client;

beforeAll(() => resetDatabase());

describe("threads at any size", () => {
  it("use a fixed number of queries", async () => {
    const { dp162 } = await seedTwoModifications();
    const secas = await createActor("SECAS");
    const roundId = await planRound(secas, dp162);
    await putRoundInStatus(roundId, "OPEN");
    const counts: number[][] = [];
    let number = 0;
    for (const [ref, threads] of [["BR-01", 2], ["BR-02", 60]] as const) {
      const version = await db().requirementVersion.findFirstOrThrow({ where: { requirement: { modificationId: dp162, ref } }, orderBy: { version: "desc" } });
      for (let i = 0; i < threads; i++) {
        const c = await db().comment.create({
          data: { modificationId: dp162, number: ++number, reviewRoundId: roundId, requirementId: version.requirementId, requirementVersionId: version.id, authorId: secas.id, authorRole: "SECAS", body: `C${number}`, quotedText: "gone" },
        });
        await db().commentRevision.create({ data: { commentId: c.id, revision: 1, body: c.body, authorId: secas.id } });
        await db().comment.createMany({ data: [1, 2].map((n) => ({ modificationId: dp162, parentId: c.id, authorId: secas.id, authorRole: "SECAS", body: `Reply ${n}` })) });
        await db().commentAddressedIn.create({ data: { commentId: c.id, requirementVersionId: version.id, recordedById: secas.id } });
      }
      const list = await counter.count(() => findThreads(counted, dp162, { requirementId: version.requirementId }));
      const page = await counter.count(() => getThread(counted, dp162, number));
      const found = await findThreads(db(), dp162, { requirementId: version.requirementId });
      expect(found).toHaveLength(threads);
      expect(found.every((t) => t.replies.length === 2 && t.addressedIn.length === 1 && t.outdated)).toBe(true);
      counts.push([list, page]);
    }
    expect(counts[1]).toEqual(counts[0]);
  });
});
