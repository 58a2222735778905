import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createActor } from "@/test/support/actors";
import { insertReply, insertThread } from "@/test/support/comments";
import { resetDatabase } from "@/test/support/database";
import { queryCounterForTheseTests } from "@/test/support/query-counter";
import { planRound, putRoundInStatus } from "@/test/support/review-rounds";
import { seedTwoModifications } from "@/test/support/two-modifications";
import { findRequirementThreadPage, THREADS_PER_REQUIREMENT_PAGE } from "./find-requirement-thread-page";

// A requirement's page shows its threads a page at a time, in number order, with their total.
const counter = queryCounterForTheseTests();
let dp162: string;
const requirementIds: Record<string, string> = {};

beforeAll(async () => {
  await resetDatabase();
  ({ dp162 } = await seedTwoModifications());
  const secas = await createActor("SECAS");
  const roundId = await planRound(secas, dp162);
  await putRoundInStatus(roundId, "OPEN");
  // 25 threads on BR-02 and 2 on BR-01, interleaved (BR-01's are C-5 and C-6), each with a reply.
  for (const ref of ["BR-01", "BR-02", "BR-03"]) {
    requirementIds[ref] = (await db().requirement.findFirstOrThrow({ where: { modificationId: dp162, ref }, select: { id: true } })).id;
  }
  for (let i = 1; i <= 27; i++) {
    const ref = i === 5 || i === 6 ? "BR-01" : "BR-02";
    const version = await db().requirementVersion.findFirstOrThrow({ where: { requirementId: requirementIds[ref] }, orderBy: { version: "desc" } });
    const thread = await insertThread(dp162, secas.id, { reviewRoundId: roundId, requirementId: version.requirementId, requirementVersionId: version.id });
    await insertReply(thread.id, secas.id, `Reply to C-${thread.number}`);
  }
});

const numbers = (page: Awaited<ReturnType<typeof findRequirementThreadPage>>) => page.threads.map((t) => t.number);

describe("a requirement's threads, a page at a time", () => {
  it("gives each page its threads in number order, with their replies, and the total", async () => {
    expect(THREADS_PER_REQUIREMENT_PAGE).toBe(10);
    const first = await findRequirementThreadPage(db(), dp162, requirementIds["BR-02"]!, 1);
    expect(first).toMatchObject({ total: 25, page: 1, pageCount: 3 });
    expect(numbers(first)).toEqual([1, 2, 3, 4, 7, 8, 9, 10, 11, 12]);
    expect(first.threads.every((t) => t.replies.length === 1 && t.replies[0]!.body === `Reply to C-${t.number}`)).toBe(true);
    expect(numbers(await findRequirementThreadPage(db(), dp162, requirementIds["BR-02"]!, 2))).toEqual([13, 14, 15, 16, 17, 18, 19, 20, 21, 22]);
    const last = await findRequirementThreadPage(db(), dp162, requirementIds["BR-02"]!, 3);
    expect(numbers(last)).toEqual([23, 24, 25, 26, 27]);
  });

  it("shows the last page for a page past the end, and one empty page for a requirement without comments", async () => {
    const past = await findRequirementThreadPage(db(), dp162, requirementIds["BR-02"]!, 40);
    expect(past).toMatchObject({ total: 25, page: 3, pageCount: 3 });
    expect(numbers(past)).toEqual([23, 24, 25, 26, 27]);
    const few = await findRequirementThreadPage(db(), dp162, requirementIds["BR-01"]!, 1);
    expect(few).toMatchObject({ total: 2, page: 1, pageCount: 1 });
    expect(numbers(few)).toEqual([5, 6]);
    expect(await findRequirementThreadPage(db(), dp162, requirementIds["BR-03"]!, 2)).toEqual({ threads: [], total: 0, page: 1, pageCount: 1 });
  });

  it("costs the same number of queries for a requirement with 2 threads as for one with 25", async () => {
    const few = await counter.count(() => findRequirementThreadPage(counter.client, dp162, requirementIds["BR-01"]!, 1));
    const many = await counter.count(() => findRequirementThreadPage(counter.client, dp162, requirementIds["BR-02"]!, 2));
    expect(many).toBe(few);
  });
});
