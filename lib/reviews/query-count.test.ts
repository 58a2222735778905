import { beforeAll, describe, expect, it } from "vitest";
import { createBaseline } from "@/lib/baselines/create-baseline";
import { db } from "@/lib/db";
import { createActor } from "@/test/support/actors";
import { resetDatabase } from "@/test/support/database";
import { queryCounterForTheseTests } from "@/test/support/query-counter";
import { createLargeModification } from "@/test/support/large-modification";
import { planRound, putRoundInStatus } from "@/test/support/review-rounds";
import { findReviewRounds } from "./find-review-rounds";
import { getReviewRound } from "./get-review-round";

// The round page and the list cost the same number of queries at 10 requirements as at 120, and
// with comments in the round as without.
const counter = queryCounterForTheseTests();
const counted = counter.client;
const countQueries = (run: () => Promise<unknown>) => counter.count(run);

beforeAll(() => resetDatabase());

describe("review rounds at any size", () => {
  it("use a fixed number of queries", async () => {
    const secas = await createActor("SECAS");
    const counts = [];
    for (const [number, requirements, comments] of [[911, 10, 5], [912, 120, 300]] as const) {
      const m = await createLargeModification(db(), { number, requirements, versionsPerRequirement: 2, comments });
      const { id: baselineId } = await createBaseline(db(), secas, { modificationId: m.id, name: "Scope" });
      const roundId = await planRound(secas, m.id, { baselineId });
      await putRoundInStatus(roundId, "OPEN");
      await db().comment.updateMany({ where: { modificationId: m.id }, data: { reviewRoundId: roundId } });
      const page = await countQueries(() => getReviewRound(counted, m.id, roundId));
      const list = await countQueries(() => findReviewRounds(counted, m.id));
      const round = await getReviewRound(db(), m.id, roundId);
      expect(round.requirements).toHaveLength(requirements);
      expect(round.requirements.reduce((n, r) => n + r.threads, 0)).toBe(comments);
      counts.push({ page, list });
    }
    expect(counts[1]).toEqual(counts[0]);
    expect(counts[0]!.page).toBeLessThanOrEqual(15);
  });
});
