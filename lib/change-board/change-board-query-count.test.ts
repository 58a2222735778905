import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createActor } from "@/test/support/actors";
import { createModificationReport } from "@/test/support/change-board";
import { resetDatabase } from "@/test/support/database";
import { createLargeModification } from "@/test/support/large-modification";
import { queryCounterForTheseTests } from "@/test/support/query-counter";
import { CHANGE_BOARD_GROUPS } from "./counting-rule";
import { findChangeBoard } from "./find-change-board";

// The Change Board page reads its record in the same number of queries with 1 meeting of 5 votes
// as with 4 meetings of 30.
const counter = queryCounterForTheseTests();

beforeAll(() => resetDatabase());

describe("the Change Board record at any size", () => {
  it("uses a fixed number of queries", async () => {
    const secas = await createActor("SECAS");
    const counts = [];
    for (const [number, meetings, votes] of [[731, 1, 5], [732, 4, 30]] as const) {
      const m = await createLargeModification(db(), { number, requirements: 1, versionsPerRequirement: 1, comments: 0 });
      const report = await createModificationReport(m.id);
      for (let i = 0; i < meetings; i++) {
        await db().changeBoardMeeting.create({
          data: {
            modificationId: m.id,
            reportId: report.id,
            reference: `CB-${i}`,
            heldOn: new Date("2027-03-04"),
            closedAt: new Date(),
            recommendation: "APPROVE",
            createdById: secas.id,
            votes: { create: Array.from({ length: votes }, (_, v) => ({ memberName: `M${v}`, votingGroup: CHANGE_BOARD_GROUPS[v % 5]!, vote: "APPROVE" as const, rationale: "R", recordedById: secas.id })) },
          },
        });
      }
      const record = await findChangeBoard(db(), m.id, { includeOpen: true });
      expect(record.meetings.map((x) => x.votes.length)).toEqual(Array(meetings).fill(votes));
      counts.push(await counter.count((c) => findChangeBoard(c, m.id, { includeOpen: false })));
    }
    expect(counts[0]).toBe(counts[1]);
  });
});
