import { beforeAll, describe, expect, it } from "vitest";
import { PRINCIPAL_KINDS, VISITOR, type Principal, type PrincipalKind } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { resetDatabase } from "@/test/support/database";
import { addResponse, createClosedConsultation, type ClosedTestConsultation } from "@/test/support/collation";
import { seedTwoModifications } from "@/test/support/two-modifications";
import { getCollation } from "./get-collation";
import { countResponses, findAllAnswers, findQuestionTallies, findRationales, findRequirementAnswers, findRequirementSupport, findRespondents, readerFor, PUBLISHED_READER } from "./visible-responses";

// The confidentiality rule, read through the one module: SECAS reads everything (marked); every
// other role and a visitor read confidential material as counts only; drafts and withdrawn
// responses count nowhere.
const principal = (p: PrincipalKind): Principal => (p === VISITOR ? VISITOR : { role: p, committee: p === "REVIEWER" ? "OPSG" : null, organisationId: null });

let dp162: string;
let otherModification: string;
let c: ClosedTestConsultation;

describe("visible-responses", () => {
  beforeAll(async () => {
    await resetDatabase();
    ({ dp162, other: otherModification } = await seedTwoModifications());
    c = await createClosedConsultation(dp162, { requirements: 3 });
    await addResponse(c, { organisation: "Brightwater Energy", category: "LARGE_SUPPLIER", agree: { position: "AGREE", rationale: "Public rationale A", themes: ["cost"] }, requirements: { position: "SUPPORT", comment: "Public support" } });
    await addResponse(c, {
      organisation: "Kestrel Power",
      category: "SMALL_SUPPLIER",
      agree: { position: "DISAGREE", rationale: "SECRET-ANSWER-1", confidential: true, themes: ["secret theme"] },
      impact: { impactLevel: "HIGH", rationale: "Public impact" },
      requirements: { position: "OPPOSE", comment: "SECRET-REQ-1", confidential: true },
    });
    await addResponse(c, { organisation: "Secretive Org Ltd", category: "OTHER_SEC_PARTY", confidential: true, agree: { position: "AGREE", rationale: "SECRET-WHOLE-1" }, requirements: { position: "SUPPORT", comment: "SECRET-WHOLE-REQ" } });
    await addResponse(c, { organisation: "Midlands Distribution Network", category: "ELECTRICITY_NETWORK_PARTY", status: "DRAFT", agree: { position: "AGREE", rationale: "DRAFT-TEXT" }, requirements: { position: "SUPPORT" } });
    await addResponse(c, { organisation: "Northern Gas Transport", category: "GAS_NETWORK_PARTY", status: "WITHDRAWN", agree: { position: "DISAGREE", rationale: "WITHDRAWN-TEXT" }, requirements: { position: "OPPOSE" } });
    await addResponse(c, { organisation: "Consumer Voice", category: "CONSUMER_BODY", late: true, agree: { position: "NEUTRAL", rationale: "Late but public" } });
  });

  it("reads in full for SECAS only", () => {
    for (const p of PRINCIPAL_KINDS) expect(readerFor(principal(p)).full, p).toBe(p === "SECAS");
    expect(readerFor(null).full).toBe(false);
    expect(PUBLISHED_READER.full).toBe(false);
  });

  it("tallies submitted, non-confidential positions by category and counts the confidential ones apart", async () => {
    const tally = (await findQuestionTallies(db(), c.id)).get(c.questions.agree)!;
    expect(tally.byCategory.LARGE_SUPPLIER).toEqual({ AGREE: 1 });
    expect(tally.byCategory.CONSUMER_BODY).toEqual({ NEUTRAL: 1 });
    // Kestrel's confidential DISAGREE and the confidential response's AGREE are counted only as confidential.
    expect(tally.byCategory.SMALL_SUPPLIER).toEqual({});
    expect(tally.byCategory.OTHER_SEC_PARTY).toEqual({});
    // The draft and the withdrawn response count nowhere.
    expect(tally.byCategory.ELECTRICITY_NETWORK_PARTY).toEqual({});
    expect(tally.byCategory.GAS_NETWORK_PARTY).toEqual({});
    expect(tally).toMatchObject({ total: 2, confidential: 2 });
    expect((await findQuestionTallies(db(), c.id)).get(c.questions.impact)!.byCategory.SMALL_SUPPLIER).toEqual({ HIGH: 1 });
  });

  it("counts responses: submitted, confidential, late, and by category without the confidential one", async () => {
    const counts = await countResponses(db(), c.id);
    expect(counts).toMatchObject({ submitted: 4, confidential: 1, late: 1 });
    expect(counts.byCategory).toMatchObject({ LARGE_SUPPLIER: 1, SMALL_SUPPLIER: 1, OTHER_SEC_PARTY: 0, CONSUMER_BODY: 1, ELECTRICITY_NETWORK_PARTY: 0 });
  });

  it("gives the per-requirement support without confidential positions", async () => {
    const support = (await findRequirementSupport(db(), c.id)).get(`${c.questions.perRequirement}:${c.requirementVersionIds[0]}`)!;
    expect(support.byCategory.LARGE_SUPPLIER).toEqual({ SUPPORT: 1 });
    expect(support.byCategory.SMALL_SUPPLIER).toEqual({});
    expect(support.byCategory.OTHER_SEC_PARTY).toEqual({});
    expect(support.confidential).toBe(2);
  });

  it("lists rationales: everyone else never sees confidential text; SECAS sees it marked; nobody sees drafts or withdrawn", async () => {
    const page = { skip: 0, take: 50 };
    const restricted = await findRationales(db(), readerFor(principal("WORKING_GROUP")), c.id, { questionId: c.questions.agree }, page);
    expect(restricted.answers.map((a) => a.rationale).sort()).toEqual(["Late but public", "Public rationale A"]);
    expect(restricted.total).toBe(2);
    const full = await findRationales(db(), readerFor(principal("SECAS")), c.id, { questionId: c.questions.agree }, page);
    expect(full.answers.map((a) => [a.rationale, a.confidential]).sort()).toEqual([["Late but public", false], ["Public rationale A", false], ["SECRET-ANSWER-1", true], ["SECRET-WHOLE-1", true]]);
    expect(full.answers.find((a) => a.rationale === "Late but public")?.late).toBe(true);
  });

  it("filters rationales by position and category", async () => {
    const secas = readerFor(principal("SECAS"));
    const page = { skip: 0, take: 50 };
    expect((await findRationales(db(), secas, c.id, { questionId: c.questions.agree, position: "AGREE" }, page)).answers.map((a) => a.rationale).sort()).toEqual(["Public rationale A", "SECRET-WHOLE-1"]);
    expect((await findRationales(db(), secas, c.id, { category: "CONSUMER_BODY" }, page)).answers.map((a) => a.rationale)).toEqual(["Late but public"]);
    expect((await findRationales(db(), secas, c.id, { questionId: c.questions.impact, position: "HIGH" }, page)).answers.map((a) => a.rationale)).toEqual(["Public impact"]);
  });

  it("lists respondents and per-requirement answers without the confidential ones for everyone but SECAS", async () => {
    const wg = readerFor(principal("WORKING_GROUP"));
    const secas = readerFor(principal("SECAS"));
    expect((await findRespondents(db(), wg, c.id)).map((r) => r.organisation)).toEqual(["Brightwater Energy", "Kestrel Power", "Consumer Voice"]);
    expect((await findRespondents(db(), secas, c.id)).map((r) => [r.organisation, r.confidential])).toContainEqual(["Secretive Org Ltd", true]);
    const cell = { questionId: c.questions.perRequirement, requirementVersionId: c.requirementVersionIds[0] };
    expect((await findRequirementAnswers(db(), wg, c.id, cell)).map((a) => a.comment)).toEqual(["Public support"]);
    expect((await findRequirementAnswers(db(), secas, c.id, cell)).map((a) => a.comment).sort()).toEqual(["Public support", "SECRET-REQ-1", "SECRET-WHOLE-REQ"]);
    expect((await findRequirementAnswers(db(), secas, c.id, { ...cell, category: "SMALL_SUPPLIER" })).map((a) => a.comment)).toEqual(["SECRET-REQ-1"]);
  });

  it("never lets a secret through to anyone but SECAS, whatever they read", async () => {
    for (const p of PRINCIPAL_KINDS) {
      const reader = readerFor(principal(p));
      const everything = JSON.stringify([
        await getCollation(db(), reader, dp162, c.id),
        await findAllAnswers(db(), reader, c.id),
        await findRequirementAnswers(db(), reader, c.id, {}),
        await findRespondents(db(), reader, c.id),
      ]);
      for (const marker of ["SECRET-ANSWER-1", "SECRET-REQ-1", "SECRET-WHOLE-1", "SECRET-WHOLE-REQ", "Secretive Org Ltd", "secret theme"]) {
        expect(everything.includes(marker), `${marker} as ${p}`).toBe(p === "SECAS");
      }
      for (const marker of ["DRAFT-TEXT", "WITHDRAWN-TEXT", "Midlands Distribution Network", "Northern Gas Transport"]) expect(everything, `${marker} as ${p}`).not.toContain(marker);
    }
  });

  it("reads nothing through another modification's address", async () => {
    for (const p of PRINCIPAL_KINDS) {
      await expect(getCollation(db(), readerFor(principal(p)), otherModification, c.id), p).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
  });
});
