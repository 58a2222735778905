import { beforeAll, describe, expect, it } from "vitest";
import type { CurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createActor } from "@/test/support/actors";
import { assessmentVersion, requestFor, versionFields } from "@/test/support/assessments";
import { resetDatabase } from "@/test/support/database";
import { queryCounterForTheseTests } from "@/test/support/query-counter";
import { seedTwoModifications } from "@/test/support/two-modifications";
import { findAssessments } from "./find-assessments";
import { getCostsAndLeadTimes } from "./get-costs-and-lead-times";
import { recordAssessmentVersion } from "./record-assessment-version";

let dp162: string;
let other: string;
let secas: CurrentUser;
let dcc: CurrentUser;
const SECRET = "Our confidential cost model: £987,654";

/** A consultation with a PARTY_IMPACT question and responses from `organisations` (category, level, band, confidential). */
async function consultWith(modificationId: string, title: string, responses: { org: string; level: "LOW" | "MEDIUM" | "HIGH" | null; band: "NONE" | "OVER_1M" | null; confidential?: boolean; status?: "SUBMITTED" | "DRAFT" }[]) {
  const c = await db().consultation.create({
    data: { modificationId, kind: "REFINEMENT", title, status: "CLOSED", opensAt: new Date("2026-01-01T09:00:00Z"), closesAt: new Date("2026-02-01T17:00:00Z"), questions: { create: { number: 1, text: "Your impact?", kind: "PARTY_IMPACT" } } },
    include: { questions: true },
  });
  for (const r of responses) {
    const org = await db().organisation.findUniqueOrThrow({ where: { name: r.org } });
    const response = await db().response.create({
      data: { consultationId: c.id, organisationId: org.id, category: org.partyCategory ?? "OTHER_SEC_PARTY", respondentId: secas.id, status: r.status ?? "SUBMITTED", confidential: r.confidential ?? false },
    });
    await db().answer.create({
      data: { responseId: response.id, questionId: c.questions[0]!.id, consultationId: c.id, rationale: r.confidential ? SECRET : "Public comment", confidential: r.confidential ?? false, impactLevel: r.level, costBand: r.band, leadTimeWeeks: 12 },
    });
  }
}

beforeAll(async () => {
  await resetDatabase();
  ({ dp162, other } = await seedTwoModifications());
  secas = await createActor("SECAS");
  dcc = await createActor("DCC_ANALYST");
});

describe("the costs and lead times panel", () => {
  it("shows the seeded Preliminary Assessment, marked illustrative, with nothing to compare", async () => {
    const panel = await getCostsAndLeadTimes(db(), dp162, { partyImpacts: false });
    expect(panel.dcc).toMatchObject({ kind: "PRELIMINARY", version: 1, illustrative: true, change: null, figures: { leadTimeWeeks: 39 } });
    expect(panel.parties).toBeNull();
  });

  it("compares with the previous assessment, then with the previous version", async () => {
    const ia = await requestFor(secas, dp162, "IMPACT");
    await recordAssessmentVersion(db(), dcc, { modificationId: dp162, assessmentId: ia, expectedVersion: await assessmentVersion(ia), fields: versionFields({ leadTimeWeeks: "45" }) });
    let panel = await getCostsAndLeadTimes(db(), dp162, { partyImpacts: false });
    expect(panel.dcc).toMatchObject({ kind: "IMPACT", change: { since: "previousAssessment", previousKind: "PRELIMINARY", figures: { leadTimeWeeks: 6 } } });
    await recordAssessmentVersion(db(), dcc, { modificationId: dp162, assessmentId: ia, expectedVersion: await assessmentVersion(ia), fields: versionFields({ leadTimeWeeks: "40", testing: "46000" }) });
    panel = await getCostsAndLeadTimes(db(), dp162, { partyImpacts: false });
    expect(panel.dcc).toMatchObject({ version: 2, change: { since: "previousVersion", figures: { leadTimeWeeks: -5, testingPence: 100_000, oneOffPence: 100_000 } } });
  });

  it("counts party impacts by category from submitted answers only, and shows no text, organisation or person", async () => {
    await consultWith(dp162, "Refinement Consultation", [
      { org: "Kestrel Power", level: "HIGH", band: "OVER_1M", confidential: true },
      { org: "Midlands Distribution Network", level: "LOW", band: "NONE" },
      { org: "Brightwater Energy", level: null, band: null, status: "DRAFT" },
    ]);
    const panel = await getCostsAndLeadTimes(db(), dp162, { partyImpacts: true });
    expect(panel.parties?.consultationTitle).toBe("Refinement Consultation");
    // The confidential response is counted apart, never in its category (which it alone might fill).
    expect(panel.parties!.byCategory.map((c) => [c.category, c.answers])).toEqual([["ELECTRICITY_NETWORK_PARTY", 1]]);
    expect(panel.parties!.confidential).toBe(1);
    const text = JSON.stringify(panel);
    for (const hidden of [SECRET, "Public comment", "Kestrel Power", "Midlands Distribution Network", secas.name, secas.email]) expect(text).not.toContain(hidden);
  });

  it("shows nothing of another modification's assessments", async () => {
    expect((await getCostsAndLeadTimes(db(), other, { partyImpacts: true })).dcc).toBeNull();
  });
});

describe("the list and the panel at any size", () => {
  const counter = queryCounterForTheseTests();

  it("use a fixed number of queries", async () => {
    const counts = [];
    for (const size of [1, 6]) {
      const { id } = await db().modification.create({ data: { number: 900 + size, draftRef: `DP${900 + size}`, title: "Sized", stage: "REFINEMENT", raisedOn: new Date("2026-01-01"), summary: "", issue: "", solution: "", whoIsImpacted: "", secDocumentsAffected: "", proposerId: (await db().organisation.findFirstOrThrow()).id } });
      const { id: baselineId } = await db().baseline.create({ data: { modificationId: id, name: "Scope", createdById: secas.id } });
      for (let i = 0; i < size; i++) {
        const a = await requestFor(secas, id);
        for (let v = 0; v < size; v++) await recordAssessmentVersion(db(), dcc, { modificationId: id, assessmentId: a, expectedVersion: await assessmentVersion(a), fields: versionFields() });
      }
      expect(baselineId).toBeTruthy();
      const list = await counter.count((c: PrismaClient) => findAssessments(c, id));
      const panel = await counter.count((c: PrismaClient) => getCostsAndLeadTimes(c, id, { partyImpacts: true }));
      expect((await findAssessments(db(), id)).length).toBe(size);
      counts.push({ list, panel });
    }
    expect(counts[1]).toEqual(counts[0]);
  });
});
