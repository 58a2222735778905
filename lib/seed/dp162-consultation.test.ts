import { beforeAll, describe, expect, it } from "vitest";
import { getCollation } from "@/lib/collation/get-collation";
import { findRespondents, PUBLISHED_READER } from "@/lib/collation/visible-responses";
import { db } from "@/lib/db";
import { resetDatabase } from "@/test/support/database";
import { seedDatabase } from "./seed-database";

describe("DP162's seeded Refinement Consultation", () => {
  let modificationId: string;
  let consultationId: string;
  beforeAll(async () => {
    await resetDatabase();
    await seedDatabase(db(), { demoAccounts: false });
    modificationId = (await db().modification.findUniqueOrThrow({ where: { number: 162 } })).id;
    consultationId = (await db().consultation.findFirstOrThrow({ where: { modificationId, kind: "REFINEMENT" } })).id;
  });

  it("is published, marked illustrative, with position, per-requirement, impact and free-text questions", async () => {
    const { consultation, counts, questions } = await getCollation(db(), PUBLISHED_READER, modificationId, consultationId);
    expect(consultation.status).toBe("PUBLISHED");
    expect(consultation.introduction).toContain("Illustrative content.");
    expect(consultation.closesAt.toISOString()).toBe("2022-06-01T16:00:00.000Z");
    expect(questions.map((q) => q.kind)).toEqual(["AGREE_DISAGREE", "YES_NO", "PER_REQUIREMENT", "PARTY_IMPACT", "FREE_TEXT"]);
    expect(questions.every((q) => q.summary !== "")).toBe(true);
    expect(counts).toMatchObject({ submitted: 8, confidential: 1, late: 1 });
    expect(questions[2]!.requirements.length).toBe(15);
    expect(questions[0]!.themes.length).toBeGreaterThan(0);
  });

  it("has responses from every category, and shows the public all but the confidential one", async () => {
    const all = await db().response.findMany({ where: { consultationId }, select: { category: true } });
    expect(new Set(all.map((r) => r.category)).size).toBe(7);
    const shown = await findRespondents(db(), PUBLISHED_READER, consultationId);
    expect(shown).toHaveLength(7);
    expect(shown.map((r) => r.organisation)).not.toContain("Harbour Lane Energy");
  });
});
