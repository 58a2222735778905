import { beforeAll, describe, expect, it } from "vitest";
import type { CurrentUser } from "@/lib/auth/current-user";
import { VISITOR } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { ConsultationStatus, Role } from "@/lib/generated/prisma/enums";
import { createActor } from "@/test/support/actors";
import { addResponse, createClosedConsultation, type ClosedTestConsultation } from "@/test/support/collation";
import { resetDatabase } from "@/test/support/database";
import { seedTwoModifications } from "@/test/support/two-modifications";
import { changedTables, snapshotTables } from "@/test/support/snapshot";
import { expectedOutcome, type WorkflowRules } from "@/test/support/workflow";
import { PRINCIPAL_KINDS } from "@/lib/auth/permissions";
import { collateConsultation } from "./collate-consultation";
import { publishCollation } from "./publish-collation";
import { tagAnswerThemes } from "./tag-answer-themes";
import { writeQuestionSummary } from "./write-question-summary";

const actors = {} as Record<Role, CurrentUser>;
let dp162: string;
let other: string;

const consultation = (id: string) => db().consultation.findUniqueOrThrow({ where: { id }, select: { status: true, version: true, collatedAt: true, publishedAt: true, publishedById: true } });
const rejection = (p: Promise<unknown>) => p.then(() => null, (e: unknown) => e);
const setStatus = (id: string, status: ConsultationStatus) => db().consultation.update({ where: { id }, data: { status } });

describe("collation commands", () => {
  let c: ClosedTestConsultation;
  let answerId: string;
  let confidentialAnswerId: string;

  beforeAll(async () => {
    await resetDatabase();
    ({ dp162, other } = await seedTwoModifications());
    for (const role of Object.values(Role)) actors[role] = await createActor(role);
    c = await createClosedConsultation(dp162, { requirements: 2 });
    answerId = (await addResponse(c, { organisation: "Brightwater Energy", category: "LARGE_SUPPLIER", agree: { position: "AGREE", rationale: "Yes" } })).answers.agree!;
    confidentialAnswerId = (await addResponse(c, { organisation: "Kestrel Power", category: "SMALL_SUPPLIER", confidential: true, agree: { position: "DISAGREE", rationale: "No" } })).answers.agree!;
  });

  it("tags an answer with themes: trimmed, de-duplicated, idempotent, audited", async () => {
    const on = { modificationId: dp162, consultationId: c.id, answerId };
    expect(await tagAnswerThemes(db(), actors.SECAS, { ...on, themes: " cost,  timing , Cost, ," })).toEqual({ themes: ["cost", "timing"] });
    expect((await db().answer.findUniqueOrThrow({ where: { id: answerId } })).themes).toEqual(["cost", "timing"]);
    const before = await snapshotTables();
    await tagAnswerThemes(db(), actors.SECAS, { ...on, themes: "cost, timing" });
    expect(changedTables(before, await snapshotTables())).toEqual([]);
    const event = await db().auditEvent.findFirstOrThrow({ where: { action: "collation.themesTagged", entityId: answerId } });
    expect(event.after).toMatchObject({ question: 1, themes: ["cost", "timing"], confidential: false });
  });

  it("flags the audit event of a confidential answer's themes", async () => {
    await tagAnswerThemes(db(), actors.SECAS, { modificationId: dp162, consultationId: c.id, answerId: confidentialAnswerId, themes: "alternative" });
    const event = await db().auditEvent.findFirstOrThrow({ where: { action: "collation.themesTagged", entityId: confidentialAnswerId } });
    expect(event.after).toMatchObject({ confidential: true });
  });

  it("refuses bad themes, with a message, writing nothing", async () => {
    const before = await snapshotTables();
    const long = await rejection(tagAnswerThemes(db(), actors.SECAS, { modificationId: dp162, consultationId: c.id, answerId, themes: "x".repeat(41) }));
    expect(long).toMatchObject({ code: "VALIDATION" });
    const many = await rejection(tagAnswerThemes(db(), actors.SECAS, { modificationId: dp162, consultationId: c.id, answerId, themes: Array.from({ length: 11 }, (_, i) => `t${i}`).join(",") }));
    expect(many).toMatchObject({ code: "VALIDATION" });
    const nul = await rejection(tagAnswerThemes(db(), actors.SECAS, { modificationId: dp162, consultationId: c.id, answerId, themes: "a\u0000b" }));
    expect(nul).toMatchObject({ code: "VALIDATION" });
    expect(changedTables(before, await snapshotTables())).toEqual([]);
  });

  it("finds no answer or consultation through another modification", async () => {
    expect(await rejection(tagAnswerThemes(db(), actors.SECAS, { modificationId: other, consultationId: c.id, answerId, themes: "x" }))).toMatchObject({ code: "NOT_FOUND" });
    expect(await rejection(writeQuestionSummary(db(), actors.SECAS, { modificationId: other, consultationId: c.id, questionId: c.questions.agree, expectedVersion: 1, summary: "x" }))).toMatchObject({ code: "NOT_FOUND" });
    expect(await rejection(collateConsultation(db(), actors.SECAS, { modificationId: other, consultationId: c.id, expectedVersion: 1 }))).toMatchObject({ code: "NOT_FOUND" });
  });

  it("writes a question summary from the version read, and refuses a stale one (CONFLICT), writing nothing", async () => {
    const on = { modificationId: dp162, consultationId: c.id, questionId: c.questions.agree };
    expect(await writeQuestionSummary(db(), actors.SECAS, { ...on, expectedVersion: 1, summary: "Most agreed." })).toEqual({ version: 2 });
    const before = await snapshotTables();
    expect(await rejection(writeQuestionSummary(db(), actors.SECAS, { ...on, expectedVersion: 1, summary: "Stale" }))).toMatchObject({ code: "CONFLICT" });
    expect(changedTables(before, await snapshotTables())).toEqual([]);
    expect((await db().question.findUniqueOrThrow({ where: { id: c.questions.agree } })).summary).toBe("Most agreed.");
  });

  it("collates, then publishes (setting when and by whom), then freezes themes and summaries", async () => {
    const now = new Date("2026-11-20T12:00:00Z");
    await collateConsultation(db(), actors.SECAS, { modificationId: dp162, consultationId: c.id, expectedVersion: (await consultation(c.id)).version }, now);
    expect(await consultation(c.id)).toMatchObject({ status: "COLLATED", collatedAt: now });
    // Still editable while collated.
    await tagAnswerThemes(db(), actors.SECAS, { modificationId: dp162, consultationId: c.id, answerId, themes: "cost" });
    expect(await rejection(publishCollation(db(), actors.SECAS, { modificationId: dp162, consultationId: c.id, expectedVersion: 1 }))).toMatchObject({ code: "CONFLICT" });
    await publishCollation(db(), actors.SECAS, { modificationId: dp162, consultationId: c.id, expectedVersion: (await consultation(c.id)).version }, now);
    expect(await consultation(c.id)).toMatchObject({ status: "PUBLISHED", publishedAt: now, publishedById: actors.SECAS.id });
    const before = await snapshotTables();
    expect(await rejection(tagAnswerThemes(db(), actors.SECAS, { modificationId: dp162, consultationId: c.id, answerId, themes: "late change" }))).toMatchObject({ code: "VALIDATION" });
    const question = await db().question.findUniqueOrThrow({ where: { id: c.questions.agree } });
    expect(await rejection(writeQuestionSummary(db(), actors.SECAS, { modificationId: dp162, consultationId: c.id, questionId: question.id, expectedVersion: question.version, summary: "Changed" }))).toMatchObject({ code: "VALIDATION" });
    expect(changedTables(before, await snapshotTables())).toEqual([]);
  });

  it("refuses themes and summaries before the consultation closes", async () => {
    const open = await createClosedConsultation(dp162);
    const id = (await addResponse(open, { organisation: "Brightwater Energy", category: "LARGE_SUPPLIER", agree: { position: "AGREE" } })).answers.agree!;
    await db().consultation.update({ where: { id: open.id }, data: { status: "OPEN", closesAt: new Date(Date.now() + 86_400_000) } });
    expect(await rejection(tagAnswerThemes(db(), actors.SECAS, { modificationId: dp162, consultationId: open.id, answerId: id, themes: "x" }))).toMatchObject({ code: "VALIDATION" });
  });
});

// Collating and publishing, written out here rather than read from status-workflow.ts: only
// Closed → Collated and Collated → Published exist, and only SECAS makes them. Every from-state ×
// each of the two targets × every principal.
const RULES: WorkflowRules<ConsultationStatus> = {
  states: Object.values(ConsultationStatus),
  moves: { CLOSED: ["COLLATED"], COLLATED: ["PUBLISHED"] },
  mayMoveTo: { PLANNED: [], OPEN: [], CLOSED: [], COLLATED: ["SECAS"], PUBLISHED: ["SECAS"] },
};

describe("collating and publishing, every from × to × principal", () => {
  let c: ClosedTestConsultation;
  beforeAll(async () => {
    c = await createClosedConsultation(dp162);
    // The window lies in the future, so nothing closes an open one by itself meanwhile.
    await db().consultation.update({ where: { id: c.id }, data: { closesAt: new Date(Date.now() + 30 * 86_400_000) } });
  });

  const targets = ["COLLATED", "PUBLISHED"] as const;
  const cases = RULES.states.flatMap((from) => targets.flatMap((to) => PRINCIPAL_KINDS.map((p) => [from, to, p, expectedOutcome(RULES, from, to, p)] as const)));
  it.each(cases)("%s → %s as %s: %s", async (from, to, principal, expected) => {
    await setStatus(c.id, from);
    const actor = principal === VISITOR ? null : actors[principal];
    const before = await snapshotTables();
    const target = { modificationId: dp162, consultationId: c.id, expectedVersion: (await consultation(c.id)).version };
    const error = await rejection(to === "COLLATED" ? collateConsultation(db(), actor, target) : publishCollation(db(), actor, target));
    if (expected === "OK") {
      expect(error).toBeNull();
      expect((await consultation(c.id)).status).toBe(to);
      expect(changedTables(before, await snapshotTables())).toContain("AuditEvent");
    } else {
      expect(error).toBeInstanceOf(AppError);
      expect(error).toMatchObject({ code: expected });
      expect((await consultation(c.id)).status).toBe(from);
      expect(changedTables(before, await snapshotTables())).toEqual([]);
    }
  });

  it("the rules above allow what the README says, so the table cannot pass vacuously", () => {
    expect(expectedOutcome(RULES, "CLOSED", "COLLATED", "SECAS")).toBe("OK");
    expect(expectedOutcome(RULES, "COLLATED", "PUBLISHED", "SECAS")).toBe("OK");
    expect(expectedOutcome(RULES, "OPEN", "COLLATED", "SECAS")).toBe("VALIDATION");
    expect(expectedOutcome(RULES, "CLOSED", "PUBLISHED", "SECAS")).toBe("VALIDATION");
    expect(expectedOutcome(RULES, "CLOSED", "COLLATED", "WORKING_GROUP")).toBe("FORBIDDEN");
  });
});
