import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createConsultation, type TestConsultation } from "@/test/support/consultations";
import { resetDatabase } from "@/test/support/database";
import { createLargeModification } from "@/test/support/large-modification";
import { getCollation } from "./get-collation";
import { HEAT_ROWS_PER_PAGE } from "./collation-filter";
import { PUBLISHED_READER } from "./visible-responses";

// The pages' heat tables show one page of requirements at a time, each with its own support;
// the downloads (no page asked for) read every requirement.
const REQUIREMENTS = HEAT_ROWS_PER_PAGE + 5;
let modificationId: string;
let c: TestConsultation;

beforeAll(async () => {
  await resetDatabase();
  modificationId = (await createLargeModification(db(), { number: 977, requirements: REQUIREMENTS, versionsPerRequirement: 1, comments: 0 })).id;
  c = await createConsultation(modificationId, { status: "CLOSED", opensAt: new Date(Date.now() - 20 * 86_400_000), closesAt: new Date(Date.now() - 86_400_000) });
  const organisation = await db().organisation.create({ data: { name: "Heat Table Supply", kind: "SEC_PARTY", partyCategory: "LARGE_SUPPLIER" }, select: { id: true } });
  const respondent = await db().user.findFirstOrThrow({ select: { id: true } });
  const response = await db().response.create({
    data: { consultationId: c.id, organisationId: organisation.id, category: "LARGE_SUPPLIER", respondentId: respondent.id, status: "SUBMITTED", submittedAt: new Date() },
    select: { id: true },
  });
  // Requirement k (from 0) is supported when k is even, opposed when odd.
  await db().requirementAnswer.createMany({
    data: c.requirementVersions.map((v, k) => ({ responseId: response.id, consultationId: c.id, questionId: c.q.PER_REQUIREMENT, requirementVersionId: v.requirementVersionId, position: k % 2 ? "OPPOSE" : "SUPPORT" })),
  });
});

const heatRows = async (heatPage?: number) => {
  const collation = await getCollation(db(), PUBLISHED_READER, modificationId, c.id, heatPage ? { heatPage } : {});
  const question = collation.questions.find((q) => q.kind === "PER_REQUIREMENT")!;
  // A page carries only its own rows: every requirement only without a page (the downloads).
  expect(collation.consultation.requirements).toHaveLength(heatPage ? 0 : REQUIREMENTS);
  return { heat: collation.heat, rows: question.requirements.map((r) => ({ id: r.requirementVersionId, support: r.support.byCategory.LARGE_SUPPLIER })) };
};

describe("the heat table's pages", () => {
  it("reads the second page's requirements, each with its own support", async () => {
    const { heat, rows } = await heatRows(2);
    expect(heat).toEqual({ page: 2, pageCount: 2, first: HEAT_ROWS_PER_PAGE + 1, size: HEAT_ROWS_PER_PAGE, requirementCount: REQUIREMENTS });
    expect(rows.map((r) => r.id)).toEqual(c.requirementVersions.slice(HEAT_ROWS_PER_PAGE).map((v) => v.requirementVersionId));
    rows.forEach((r, i) => expect(r.support, `row ${i}`).toEqual((HEAT_ROWS_PER_PAGE + i) % 2 ? { OPPOSE: 1 } : { SUPPORT: 1 }));
  });

  it("reads the first page by default and the last past the end", async () => {
    expect((await heatRows(1)).rows).toHaveLength(HEAT_ROWS_PER_PAGE);
    const past = await heatRows(9);
    expect(past.heat.page).toBe(2);
    expect(past.rows).toHaveLength(REQUIREMENTS - HEAT_ROWS_PER_PAGE);
  });

  it("reads every requirement when no page is asked for (the downloads)", async () => {
    const { heat, rows } = await heatRows();
    expect(heat.pageCount).toBe(1);
    expect(rows).toHaveLength(REQUIREMENTS);
    expect(rows.filter((r) => r.support.SUPPORT === 1)).toHaveLength(Math.ceil(REQUIREMENTS / 2));
  });
});
