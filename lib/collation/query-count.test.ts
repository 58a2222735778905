import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { addResponse, createClosedConsultation, type ResponseSpec } from "@/test/support/collation";
import { resetDatabase } from "@/test/support/database";
import { queryCounterForTheseTests } from "@/test/support/query-counter";
import { seedTwoModifications } from "@/test/support/two-modifications";
import { exportCollation } from "./export-collation";
import { getCollation } from "./get-collation";
import { findRationales, findRequirementAnswers, readerFor, PUBLISHED_READER } from "./visible-responses";

// The collation page's reads, the published page's and the downloads cost the same number of
// queries with 4 responses as with 28, confidential ones among them.
const counter = queryCounterForTheseTests();
let dp162: string;

beforeAll(async () => {
  await resetDatabase();
  ({ dp162 } = await seedTwoModifications());
});

const CATEGORIES = ["LARGE_SUPPLIER", "SMALL_SUPPLIER", "DCC", "CONSUMER_BODY"] as const;

describe("the collation at any size", () => {
  it("uses a fixed number of queries", async () => {
    const counts = [];
    for (const size of [4, 28]) {
      const c = await createClosedConsultation(dp162, { requirements: 5 });
      for (let i = 0; i < size; i++) {
        const spec: ResponseSpec = {
          organisation: `Respondent ${size}-${i}`,
          category: CATEGORIES[i % CATEGORIES.length]!,
          confidential: i % 7 === 3,
          agree: { position: i % 2 ? "AGREE" : "DISAGREE", rationale: `Rationale ${i}`, confidential: i % 5 === 1, themes: ["cost"] },
          impact: { impactLevel: "LOW", costBand: "NONE", rationale: "Impact" },
          requirements: { position: "SUPPORT", comment: "Comment" },
        };
        await addResponse(c, spec);
      }
      const secas = readerFor({ role: "SECAS", committee: null, organisationId: null });
      const filter = { questionId: c.questions.agree, position: "AGREE" as const };
      const reads = {
        collation: await counter.count((client) => getCollation(client, secas, dp162, c.id)),
        heatPage: await counter.count((client) => getCollation(client, secas, dp162, c.id, { heatPage: 1 })),
        rationales: await counter.count((client) => findRationales(client, secas, c.id, filter, { skip: 0, take: 25 })),
        cell: await counter.count((client) => findRequirementAnswers(client, secas, c.id, { questionId: c.questions.perRequirement, requirementVersionId: c.requirementVersionIds[0], category: "DCC" })),
        published: await counter.count((client) => getCollation(client, PUBLISHED_READER, dp162, c.id)),
      };
      await db().consultation.update({ where: { id: c.id }, data: { status: "PUBLISHED" } });
      counts.push({ ...reads, export: await counter.count((client) => exportCollation(client, { id: dp162, draftRef: "DP162" }, c.id, "csv")) });
    }
    expect(counts[1]).toEqual(counts[0]);
    expect(counts[0]!.collation).toBeLessThanOrEqual(10);
  });
});
