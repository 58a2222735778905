import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { CurrentUser } from "@/lib/auth/current-user";
import { auditFilterSchema, findAuditEvents } from "@/lib/audit/find-audit-events";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { createActor } from "@/test/support/actors";
import { completeAnswers, createConsultation, type TestConsultation } from "@/test/support/consultations";
import { createPartyRespondent } from "@/test/support/party-respondents";
import { resetDatabase } from "@/test/support/database";
import { changedTables, snapshotTables } from "@/test/support/snapshot";
import { seedTwoModifications } from "@/test/support/two-modifications";
import { expectVersionConflict } from "@/test/support/version-conflict";
import { enterResponseOnBehalf } from "./enter-response-on-behalf";
import { findOwnResponse } from "./find-own-response";
import { saveResponseDraft } from "./save-response-draft";
import { FOREIGN_QUESTION, FOREIGN_REQUIREMENT } from "./schemas";
import { submitResponse } from "./submit-response";
import { withdrawResponse } from "./withdraw-response";

let dp162: string;
let other: string;
let priya: CurrentUser; // Brightwater Energy (Large Supplier)
let colleague: CurrentUser; // Brightwater Energy too
let kestrel: CurrentUser; // Kestrel Power (Small Supplier)
let secas: CurrentUser;
let workingGroup: CurrentUser;
let c: TestConsultation;
const DAY = 86_400_000;

const brightwater = () => priya.organisationId!;
const input = (actor: CurrentUser, fields: unknown, expectedVersion: number | null = null, consultation = c) => ({
  modificationId: dp162,
  consultationId: consultation.id,
  organisationId: actor.organisationId!,
  expectedVersion,
  fields,
});
const draft = (overrides: Record<string, unknown> = {}) => ({ confidential: false, answers: { [c.q.AGREE_DISAGREE]: { position: "AGREE", rationale: "A start." }, ...overrides } });
const responseOf = (organisationId: string, consultationId = c.id) =>
  db().response.findUnique({ where: { consultationId_organisationId: { consultationId, organisationId } }, include: { answers: true, requirementAnswers: true } });

/** Runs `attempt`, expects an AppError of `code`, and that no table changed. */
async function refusedWithNothingWritten(attempt: () => Promise<unknown>, code: AppError["code"]) {
  const before = await snapshotTables();
  const error = await attempt().then(
    () => expect.fail("it went through"),
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  expect(error).toMatchObject({ code });
  expect(changedTables(before, await snapshotTables())).toEqual([]);
  return error as AppError;
}

beforeAll(async () => {
  await resetDatabase();
  ({ dp162, other } = await seedTwoModifications());
  priya = await createPartyRespondent("Brightwater Energy");
  colleague = await createPartyRespondent("Brightwater Energy");
  kestrel = await createPartyRespondent("Kestrel Power");
  secas = await createActor("SECAS");
  workingGroup = await createActor("WORKING_GROUP");
});

beforeEach(async () => {
  c = await createConsultation(dp162);
});

describe("saving a draft", () => {
  it("creates the organisation's one response on the first save, with its Party Category, and colleagues share it", async () => {
    const first = await saveResponseDraft(db(), priya, input(priya, draft()));
    expect(first.version).toBe(1);
    let stored = await responseOf(brightwater());
    expect(stored).toMatchObject({ id: first.id, category: "LARGE_SUPPLIER", status: "DRAFT", respondentId: priya.id, version: 1, enteredById: null });
    expect(stored!.answers).toHaveLength(1);

    const second = await saveResponseDraft(db(), colleague, input(colleague, draft({ [c.q.FREE_TEXT]: { rationale: "Added by a colleague." } }), 1));
    expect(second).toEqual({ id: first.id, version: 2 });
    stored = await responseOf(brightwater());
    expect(stored).toMatchObject({ respondentId: colleague.id, version: 2 });
    expect(stored!.answers.map((a) => a.rationale).sort()).toEqual(["A start.", "Added by a colleague."]);
    expect(await db().response.count({ where: { consultationId: c.id } })).toBe(1);
  });

  it("refuses a save from an old version (a colleague saved first), naming who, and writes nothing", async () => {
    await saveResponseDraft(db(), priya, input(priya, draft()));
    await saveResponseDraft(db(), colleague, input(colleague, draft({ [c.q.FREE_TEXT]: { rationale: "Theirs." } }), 1));
    const before = await snapshotTables();
    await expectVersionConflict(saveResponseDraft(db(), priya, input(priya, draft({ [c.q.FREE_TEXT]: { rationale: "Mine." } }), 1)), {
      version: 2,
      author: colleague.name,
      what: "Brightwater Energy's response",
    });
    // A form opened before there was any response is as stale.
    await expectVersionConflict(saveResponseDraft(db(), priya, input(priya, draft(), null)), { version: 2, author: colleague.name, what: "Brightwater Energy's response" });
    expect(changedTables(before, await snapshotTables())).toEqual([]);
  });

  it("makes ONE response when two colleagues save first at the same moment: the other gets a conflict, nothing of theirs lost", async () => {
    const results = await Promise.allSettled([
      saveResponseDraft(db(), priya, input(priya, draft({ [c.q.FREE_TEXT]: { rationale: "Priya's." } }))),
      saveResponseDraft(db(), colleague, input(colleague, draft({ [c.q.FREE_TEXT]: { rationale: "Colleague's." } }))),
    ]);
    const won = results.filter((r) => r.status === "fulfilled");
    const lost = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect(lost[0]!.reason).toMatchObject({ code: "CONFLICT" });
    expect(await db().response.count({ where: { consultationId: c.id } })).toBe(1);
    const stored = await responseOf(brightwater());
    const winner = results[0]!.status === "fulfilled" ? "Priya's." : "Colleague's.";
    expect(stored!.answers.find((a) => a.questionId === c.q.FREE_TEXT)!.rationale).toBe(winner);
    expect(await db().auditEvent.count({ where: { entityId: stored!.id } })).toBe(1);
  });

  it("stores the whole-response and per-answer confidential flags, and a party's impact", async () => {
    const fields = completeAnswers(c, { confidential: true });
    const [firstRequirement] = c.requirementVersions;
    fields.answers[c.q.YES_NO] = { position: "YES", rationale: "Commercially sensitive.", confidential: "on" } as never;
    (fields.answers[c.q.PER_REQUIREMENT] as { requirements: Record<string, object> }).requirements[firstRequirement!.requirementVersionId] = { position: "OPPOSE", comment: "Secret.", confidential: "on" };
    await saveResponseDraft(db(), priya, input(priya, fields));
    const stored = (await responseOf(brightwater()))!;
    expect(stored.confidential).toBe(true);
    expect(stored.answers.find((a) => a.questionId === c.q.YES_NO)).toMatchObject({ position: "YES", confidential: true });
    expect(stored.answers.find((a) => a.questionId === c.q.AGREE_DISAGREE)).toMatchObject({ confidential: false });
    expect(stored.answers.find((a) => a.questionId === c.q.PARTY_IMPACT)).toMatchObject({ costBand: "FROM_10K_TO_100K", leadTimeWeeks: 26, impactLevel: "MEDIUM" });
    expect(stored.requirementAnswers).toHaveLength(c.requirementVersions.length);
    expect(stored.requirementAnswers.find((r) => r.requirementVersionId === firstRequirement!.requirementVersionId)).toMatchObject({ position: "OPPOSE", comment: "Secret.", confidential: true });
  });

  it("drops the answers a later save leaves empty", async () => {
    await saveResponseDraft(db(), priya, input(priya, completeAnswers(c)));
    await saveResponseDraft(db(), priya, input(priya, draft(), 1));
    const stored = (await responseOf(brightwater()))!;
    expect(stored.answers.map((a) => a.questionId)).toEqual([c.q.AGREE_DISAGREE]);
    expect(stored.requirementAnswers).toEqual([]);
  });

  it("takes the category from the organisation: the DCC, a consumer body; refuses an organisation that does not respond", async () => {
    for (const [organisation, category] of [["Smart DCC Ltd", "DCC"], ["Consumer Voice", "CONSUMER_BODY"], ["Meterwise Data Services", "OTHER_SEC_PARTY"]] as const) {
      const respondent = await createPartyRespondent(organisation);
      const { id } = await saveResponseDraft(db(), respondent, input(respondent, draft()));
      expect((await db().response.findUniqueOrThrow({ where: { id } })).category).toBe(category);
    }
    const secasStaff = await createPartyRespondent("SECAS");
    const error = await refusedWithNothingWritten(() => saveResponseDraft(db(), secasStaff, input(secasStaff, draft())), "VALIDATION");
    expect(error.message).toMatch(/SECAS does not respond to consultations/);
  });
});

describe("bad input is refused with a clear message and nothing written", () => {
  const fieldError = async (fields: unknown, field: string, message: RegExp) => {
    const error = await refusedWithNothingWritten(() => saveResponseDraft(db(), priya, input(priya, fields)), "VALIDATION");
    expect(error.fieldErrors[field]?.join(" ")).toMatch(message);
  };

  it("a position the question does not offer", async () => {
    await fieldError(draft({ [c.q.AGREE_DISAGREE]: { position: "YES" } }), `answers.${c.q.AGREE_DISAGREE}.position`, /Choose Agree, Disagree or Neutral/);
    await fieldError(draft({ [c.q.YES_NO]: { position: "SUPPORT" } }), `answers.${c.q.YES_NO}.position`, /Choose Yes or No/);
    await fieldError(draft({ [c.q.FREE_TEXT]: { position: "AGREE", rationale: "x" } }), `answers.${c.q.FREE_TEXT}.position`, /takes no position/);
    const rv = c.requirementVersions[0]!.requirementVersionId;
    await fieldError(draft({ [c.q.PER_REQUIREMENT]: { requirements: { [rv]: { position: "AGREE" } } } }), `answers.${c.q.PER_REQUIREMENT}.requirements.${rv}.position`, /Support, Oppose or Neutral/);
    await fieldError(draft({ [c.q.PER_REQUIREMENT]: { requirements: { [rv]: { comment: "no position" } } } }), `answers.${c.q.PER_REQUIREMENT}.requirements.${rv}.position`, /to go with your comment/);
  });

  it("a lead time or cost that is not a number of the kind asked, or out of range", async () => {
    const impact = (a: object) => draft({ [c.q.PARTY_IMPACT]: a });
    await fieldError(impact({ leadTimeWeeks: "twelve" }), `answers.${c.q.PARTY_IMPACT}.leadTimeWeeks`, /whole number of weeks/);
    await fieldError(impact({ leadTimeWeeks: "2.5" }), `answers.${c.q.PARTY_IMPACT}.leadTimeWeeks`, /whole number of weeks/);
    await fieldError(impact({ leadTimeWeeks: "521" }), `answers.${c.q.PARTY_IMPACT}.leadTimeWeeks`, /at most 520 weeks/);
    await fieldError(impact({ costBand: "£50,000" }), `answers.${c.q.PARTY_IMPACT}.costBand`, /cost bands offered/);
    await fieldError(impact({ impactLevel: "EXTREME" }), `answers.${c.q.PARTY_IMPACT}.impactLevel`, /Low, Medium or High/);
    await fieldError(draft({ [c.q.YES_NO]: { costBand: "NONE" } }), `answers.${c.q.YES_NO}.costBand`, /Only the impact question/);
  });

  it("text with NUL or direction overrides, or too long", async () => {
    await fieldError(draft({ [c.q.FREE_TEXT]: { rationale: "a\u0000b" } }), `answers.${c.q.FREE_TEXT}.rationale`, /control characters/);
    await fieldError(draft({ [c.q.FREE_TEXT]: { rationale: "shall \u202Eton" } }), `answers.${c.q.FREE_TEXT}.rationale`, /text-direction/);
    await fieldError(draft({ [c.q.FREE_TEXT]: { rationale: "x".repeat(10_001) } }), `answers.${c.q.FREE_TEXT}.rationale`, /at most 10,000 characters/);
  });

  it("an answer to a question of another consultation, or about a requirement outside the baseline", async () => {
    const another = await createConsultation(dp162);
    let error = await refusedWithNothingWritten(() => saveResponseDraft(db(), priya, input(priya, draft({ [another.q.FREE_TEXT]: { rationale: "Wrong place" } }))), "VALIDATION");
    expect(error.message).toBe(FOREIGN_QUESTION);
    const elsewhere = await createConsultation(other);
    const foreign = elsewhere.requirementVersions[0]!.requirementVersionId;
    error = await refusedWithNothingWritten(
      () => saveResponseDraft(db(), priya, input(priya, draft({ [c.q.PER_REQUIREMENT]: { requirements: { [foreign]: { position: "SUPPORT" } } } }))),
      "VALIDATION",
    );
    expect(error.message).toBe(FOREIGN_REQUIREMENT);
  });

  it("the database refuses an answer to another consultation's question beneath the schema", async () => {
    const { id } = await saveResponseDraft(db(), priya, input(priya, draft()));
    const another = await createConsultation(dp162);
    await expect(db().answer.create({ data: { responseId: id, consultationId: c.id, questionId: another.q.FREE_TEXT, rationale: "x" } })).rejects.toThrow();
  });

  it("a forged organisation: a party respondent answering for another organisation", async () => {
    const error = await refusedWithNothingWritten(() => saveResponseDraft(db(), priya, { ...input(priya, draft()), organisationId: kestrel.organisationId! }), "FORBIDDEN");
    expect(error.message).toMatch(/only for your own organisation/);
    await refusedWithNothingWritten(() => submitResponse(db(), priya, { ...input(priya, completeAnswers(c)), organisationId: kestrel.organisationId! }), "FORBIDDEN");
  });

  it("a consultation of another modification is not found", async () => {
    const elsewhere = await createConsultation(other);
    await refusedWithNothingWritten(() => saveResponseDraft(db(), priya, input(priya, draft(), null, elsewhere)), "NOT_FOUND");
  });

  it("a response after the close: the consultation closes at its time, then refuses", async () => {
    const closing = await createConsultation(dp162, { opensAt: new Date(Date.now() - 2 * DAY), closesAt: new Date(Date.now() + DAY) });
    const later = new Date(Date.now() + 2 * DAY);
    const error = await saveResponseDraft(db(), priya, input(priya, draft(), null, closing), later).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "FORBIDDEN", message: expect.stringMatching(/^This consultation closed on .*responses can no longer be changed/) });
    expect(await db().consultation.findUniqueOrThrow({ where: { id: closing.id } })).toMatchObject({ status: "CLOSED" });
    expect(await responseOf(brightwater(), closing.id)).toBeNull();
  });

  it("other roles may not respond, nor a party before the consultation opens", async () => {
    for (const actor of [workingGroup, secas, await createActor("DCC_ANALYST"), await createActor("REVIEWER")]) {
      await refusedWithNothingWritten(() => saveResponseDraft(db(), actor, input(actor, draft())), "FORBIDDEN");
    }
    await refusedWithNothingWritten(() => saveResponseDraft(db(), null, input(priya, draft())), "UNAUTHENTICATED");
    const planned = await createConsultation(dp162, { status: "PLANNED", opensAt: new Date(Date.now() + DAY) });
    const error = await refusedWithNothingWritten(() => saveResponseDraft(db(), priya, input(priya, draft(), null, planned)), "FORBIDDEN");
    expect(error.message).toMatch(/not open yet/);
  });
});

describe("submitting, withdrawing and submitting again, until the close", () => {
  it("lists every question still to answer and writes nothing", async () => {
    const partial = completeAnswers(c);
    delete partial.answers[c.q.YES_NO];
    const requirements = (partial.answers[c.q.PER_REQUIREMENT] as { requirements: Record<string, unknown> }).requirements;
    delete requirements[c.requirementVersions[1]!.requirementVersionId];
    partial.answers[c.q.PARTY_IMPACT] = { costBand: "NONE", rationale: "" } as never;
    const error = await refusedWithNothingWritten(() => submitResponse(db(), priya, input(priya, partial)), "VALIDATION");
    expect(error.message).toContain(`Still to answer: question 2; question 4 (${c.requirementVersions[1]!.ref}); question 5 (cost band, lead time and impact level)`);
    expect(Object.keys(error.fieldErrors).sort()).toEqual([`answers.${c.q.YES_NO}`, `answers.${c.q.PER_REQUIREMENT}`, `answers.${c.q.PARTY_IMPACT}`].sort());
  });

  it("submits, refuses a save of the submitted response, withdraws, submits again; read-only after the close", async () => {
    const { version: v1 } = await saveResponseDraft(db(), priya, input(priya, draft()));
    const { version: v2 } = await submitResponse(db(), colleague, input(colleague, completeAnswers(c), v1));
    let stored = (await responseOf(brightwater()))!;
    expect(stored).toMatchObject({ status: "SUBMITTED", late: false, version: 2, respondentId: colleague.id });
    expect(stored.submittedAt).toBeInstanceOf(Date);

    let error = await refusedWithNothingWritten(() => saveResponseDraft(db(), priya, input(priya, draft(), v2)), "VALIDATION");
    expect(error.message).toMatch(/withdraw it first/);
    await refusedWithNothingWritten(() => submitResponse(db(), priya, input(priya, completeAnswers(c), v2)), "VALIDATION");

    const { version: v3 } = await withdrawResponse(db(), priya, { ...input(priya, undefined, v2) });
    stored = (await responseOf(brightwater()))!;
    expect(stored).toMatchObject({ status: "WITHDRAWN", version: 3 });
    expect(stored.withdrawnAt).toBeInstanceOf(Date);
    expect(stored.answers).toHaveLength(4); // kept, to change and submit again (the per-requirement question's are by requirement)
    expect(stored.requirementAnswers).toHaveLength(c.requirementVersions.length);
    error = await refusedWithNothingWritten(() => withdrawResponse(db(), priya, input(priya, undefined, v3)), "VALIDATION");
    expect(error.message).toMatch(/already withdrawn/);

    const { version: v4 } = await submitResponse(db(), priya, input(priya, completeAnswers(c, { rationale: "On reflection, we agree." }), v3));
    stored = (await responseOf(brightwater()))!;
    expect(stored).toMatchObject({ status: "SUBMITTED", withdrawnAt: null, version: 4 });

    // After the close nothing changes: neither withdrawing nor saving.
    const afterClose = new Date(Date.now() + 15 * DAY);
    error = (await withdrawResponse(db(), priya, input(priya, undefined, v4), afterClose).catch((e: unknown) => e)) as AppError;
    expect(error).toMatchObject({ code: "FORBIDDEN", message: expect.stringMatching(/closed/) });
    await refusedWithNothingWritten(() => saveResponseDraft(db(), priya, input(priya, draft(), v4)), "FORBIDDEN");
    await refusedWithNothingWritten(() => submitResponse(db(), priya, input(priya, completeAnswers(c), v4)), "FORBIDDEN");
  });

  it("refuses to withdraw a draft, or what was never submitted", async () => {
    await refusedWithNothingWritten(() => withdrawResponse(db(), priya, input(priya, undefined, 1)), "VALIDATION");
    await saveResponseDraft(db(), priya, input(priya, draft()));
    const error = await refusedWithNothingWritten(() => withdrawResponse(db(), priya, input(priya, undefined, 1)), "VALIDATION");
    expect(error.message).toMatch(/Only a submitted response/);
  });
});

describe("SECAS entering an emailed response on an organisation's behalf", () => {
  it("after the close, as received, marked late and as entered by SECAS", async () => {
    const closed = await createConsultation(dp162, { status: "CLOSED", opensAt: new Date(Date.now() - 20 * DAY), closesAt: new Date(Date.now() - 2 * DAY) });
    const receivedAt = new Date(Date.now() - DAY);
    const entered = await enterResponseOnBehalf(db(), secas, { ...input(kestrel, completeAnswers(closed), null, closed), receivedAt });
    expect(entered.late).toBe(true);
    const stored = (await responseOf(kestrel.organisationId!, closed.id))!;
    expect(stored).toMatchObject({ status: "SUBMITTED", category: "SMALL_SUPPLIER", enteredById: secas.id, respondentId: secas.id, late: true, submittedAt: receivedAt });
    const event = await db().auditEvent.findFirstOrThrow({ where: { entityId: stored.id } });
    expect(event).toMatchObject({ action: "consultationResponse.enteredOnBehalf", actorId: secas.id, after: expect.objectContaining({ late: true, receivedAt: receivedAt.toISOString() }) });
  });

  it("while open, over the organisation's draft (version-checked), not late", async () => {
    const { version } = await saveResponseDraft(db(), priya, input(priya, draft()));
    const entered = await enterResponseOnBehalf(db(), secas, { ...input(priya, { confidential: false, answers: {} }, version), receivedAt: new Date() });
    expect(entered).toMatchObject({ version: 2, late: false });
    expect((await responseOf(brightwater()))!).toMatchObject({ status: "SUBMITTED", enteredById: secas.id, answers: [] });
    await expectVersionConflict(enterResponseOnBehalf(db(), secas, { ...input(priya, draft(), version), receivedAt: new Date() }), {
      version: 2,
      author: secas.name,
      what: "Brightwater Energy's response",
    });
  });

  it("refuses a date in the future or before the opening, a collated consultation, and anyone but SECAS", async () => {
    const received = (receivedAt: Date) => ({ ...input(priya, draft()), receivedAt });
    let error = await refusedWithNothingWritten(() => enterResponseOnBehalf(db(), secas, received(new Date(Date.now() + DAY))), "VALIDATION");
    expect(error.fieldErrors.receivedAt).toEqual(["The date received cannot be in the future"]);
    error = await refusedWithNothingWritten(() => enterResponseOnBehalf(db(), secas, received(new Date(Date.now() - 3 * DAY))), "VALIDATION");
    expect(error.fieldErrors.receivedAt?.[0]).toMatch(/cannot have been received before/);
    const collated = await createConsultation(dp162, { status: "COLLATED", opensAt: new Date(Date.now() - 20 * DAY), closesAt: new Date(Date.now() - 2 * DAY) });
    error = await refusedWithNothingWritten(() => enterResponseOnBehalf(db(), secas, { ...input(priya, draft(), null, collated), receivedAt: new Date() }), "VALIDATION");
    expect(error.message).toMatch(/already collated/);
    for (const actor of [priya, workingGroup]) await refusedWithNothingWritten(() => enterResponseOnBehalf(db(), actor, received(new Date())), "FORBIDDEN");
  });
});

describe("reading one's own response", () => {
  it("shows a party its own organisation's response, confidential answers included; SECAS any chosen organisation's", async () => {
    const fields = completeAnswers(c);
    fields.answers[c.q.FREE_TEXT] = { rationale: "Only for SECAS.", confidential: "on" } as never;
    await saveResponseDraft(db(), priya, input(priya, fields));
    const own = await findOwnResponse(db(), colleague, { modificationId: dp162, consultationId: c.id });
    expect(own.organisation.name).toBe("Brightwater Energy");
    expect(own.category).toBe("LARGE_SUPPLIER");
    expect(own.response).toMatchObject({ status: "DRAFT", version: 1, respondent: { name: priya.name } });
    expect(own.response!.answers[c.q.FREE_TEXT]).toMatchObject({ rationale: "Only for SECAS.", confidential: true });
    expect(Object.keys(own.response!.answers[c.q.PER_REQUIREMENT]!.requirements)).toHaveLength(c.requirementVersions.length);

    expect((await findOwnResponse(db(), kestrel, { modificationId: dp162, consultationId: c.id })).response).toBeNull();
    await expect(findOwnResponse(db(), kestrel, { modificationId: dp162, consultationId: c.id, organisationId: brightwater() })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(findOwnResponse(db(), workingGroup, { modificationId: dp162, consultationId: c.id, organisationId: brightwater() })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const bySecas = await findOwnResponse(db(), secas, { modificationId: dp162, consultationId: c.id, organisationId: brightwater() });
    expect(bySecas.response!.answers[c.q.FREE_TEXT]!.rationale).toBe("Only for SECAS.");
  });
});

describe("audit events of responses", () => {
  const KINDS = ["consultationResponse.saved", "consultationResponse.submitted", "consultationResponse.withdrawn", "consultationResponse.enteredOnBehalf"];
  /** How many events of each response kind `reader` sees in DP162's audit log (totals count only what the reader may see). */
  const seenBy = async (reader: CurrentUser) =>
    Object.fromEntries(await Promise.all(KINDS.map(async (action) => [action, (await findAuditEvents(db(), reader, dp162, auditFilterSchema.parse({ action }))).total] as const)));
  const added = (before: Record<string, number>, after: Record<string, number>) => Object.fromEntries(KINDS.map((k) => [k, after[k]! - before[k]!]));

  it("shows drafts to SECAS only, a submitted response to the collation's readers, and a confidential one (in whole or in one answer) to SECAS only", async () => {
    const reviewer = await createActor("REVIEWER", "TABASC"); // reads the audit log, not the collation
    const [wgBefore, reviewerBefore, secasBefore] = [await seenBy(workingGroup), await seenBy(reviewer), await seenBy(secas)];
    await saveResponseDraft(db(), priya, input(priya, draft()));
    await saveResponseDraft(db(), kestrel, input(kestrel, draft({ [c.q.FREE_TEXT]: { rationale: "Secret", confidential: "on" } })));
    const gas = await createPartyRespondent("Northern Gas Transport");
    await submitResponse(db(), gas, input(gas, completeAnswers(c)));
    const dcc = await createPartyRespondent("Smart DCC Ltd");
    const whole = await submitResponse(db(), dcc, input(dcc, completeAnswers(c, { confidential: true })));
    await withdrawResponse(db(), dcc, input(dcc, undefined, whole.version));
    const consumer = await createPartyRespondent("Consumer Voice");
    await enterResponseOnBehalf(db(), secas, { ...input(consumer, completeAnswers(c, { confidential: true })), receivedAt: new Date() });

    expect(added(wgBefore, await seenBy(workingGroup))).toEqual({
      "consultationResponse.saved": 0,
      "consultationResponse.submitted": 1,
      "consultationResponse.withdrawn": 0,
      "consultationResponse.enteredOnBehalf": 0,
    });
    expect(added(reviewerBefore, await seenBy(reviewer))).toEqual({
      "consultationResponse.saved": 0,
      "consultationResponse.submitted": 0,
      "consultationResponse.withdrawn": 0,
      "consultationResponse.enteredOnBehalf": 0,
    });
    expect(added(secasBefore, await seenBy(secas))).toEqual({
      "consultationResponse.saved": 2,
      "consultationResponse.submitted": 2,
      "consultationResponse.withdrawn": 1,
      "consultationResponse.enteredOnBehalf": 1,
    });
  });
});
