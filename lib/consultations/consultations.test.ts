import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { CurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { createActor } from "@/test/support/actors";
import { resetDatabase } from "@/test/support/database";
import { consultationFields, planConsultation, putConsultationInStatus } from "@/test/support/plan-consultation";
import { changedTables, snapshotTables } from "@/test/support/snapshot";
import { seedTwoModifications } from "@/test/support/two-modifications";
import { changeConsultationStatus } from "./change-consultation-status";
import { closeConsultationsPastWindow } from "./close-if-past-window";
import { createConsultation } from "./create-consultation";
import { findConsultations } from "./find-consultations";
import { getConsultation } from "./get-consultation";
import { consultationFormSchema, type QuestionFields } from "./schemas";
import { updateConsultation } from "./update-consultation";

// Spied on, not replaced: outside Next it does nothing either way.
const expireAfterSystemChange = vi.hoisted(() => vi.fn());
vi.mock("@/lib/cache/expire-changed", async (original) => ({ ...(await original<typeof import("@/lib/cache/expire-changed")>()), expireAfterSystemChange }));

let secas: CurrentUser;
let dp162: string;
let other: string;
const HOUR = 3_600_000;

async function expectNothingWritten(run: () => Promise<unknown>, expected: Record<string, unknown>) {
  const before = await snapshotTables();
  await expect(run()).rejects.toMatchObject(expected);
  expect(changedTables(before, await snapshotTables())).toEqual([]);
}

const row = (id: string) => db().consultation.findUniqueOrThrow({ where: { id }, include: { questions: { orderBy: { number: "asc" } } } });
const eventsOf = (id: string) => db().auditEvent.findMany({ where: { entityId: id }, orderBy: { id: "asc" } });
/** An otherwise empty modification (no requirements), as a copy of the other one's fields. */
async function emptyModification(number: number) {
  const fields = await db().modification.findUniqueOrThrow({ where: { id: other }, omit: { id: true, number: true, draftRef: true, proposalRef: true, createdAt: true, updatedAt: true } });
  return (await db().modification.create({ data: { ...fields, number, draftRef: `DP${number}` } })).id;
}

beforeAll(async () => {
  await resetDatabase();
  ({ dp162, other } = await seedTwoModifications());
  secas = await createActor("SECAS");
});

describe("creating a consultation", () => {
  it("records it as planned, with numbered questions of their kinds, its author and the audit event", async () => {
    const fields = consultationFields({ kind: "MODIFICATION_REPORT" });
    const { id } = await createConsultation(db(), secas, { modificationId: dp162, fields });
    const c = await row(id);
    expect(c).toMatchObject({ status: "PLANNED", kind: "MODIFICATION_REPORT", title: fields.title, introduction: fields.introduction, createdById: secas.id, version: 1, baselineId: null, openedAt: null });
    expect(c.questions.map((q) => [q.number, q.kind])).toEqual([[1, "AGREE_DISAGREE"], [2, "YES_NO"], [3, "FREE_TEXT"], [4, "PER_REQUIREMENT"], [5, "PARTY_IMPACT"]]);
    const [event] = await eventsOf(id);
    expect(event).toMatchObject({ action: "consultation.created", actorId: secas.id, modificationId: dp162 });
    expect(event!.after).toMatchObject({ title: fields.title, kind: "MODIFICATION_REPORT", status: "PLANNED", questions: expect.arrayContaining(["4. [PER_REQUIREMENT] Do you support each requirement?"]) });
  });

  it.each([
    ["an empty title", { title: "  " }, "title", "Enter a title"],
    ["no questions", { questions: [] }, "questions", "Ask at least one question"],
    ["a question without its kind", { questions: [{ text: "Why?" } as QuestionFields] }, "questions", "Choose what kind of answer the question asks for"],
    ["a window that closes before it opens", { closesAt: new Date(Date.now() + HOUR), opensAt: new Date(Date.now() + 2 * HOUR) }, "closesAt", "The consultation must close after it opens"],
    ["a window that has already ended", { opensAt: new Date(Date.now() - 3 * HOUR), closesAt: new Date(Date.now() - HOUR) }, "closesAt", "The closing time has passed: choose a later one"],
    ["31 questions", { questions: Array.from({ length: 31 }, (_, i) => ({ kind: "FREE_TEXT" as const, text: `Question ${i + 1}?` })) }, "questions", "A consultation has at most 30 questions: this one has 31"],
    ["an oversized question", { questions: [{ kind: "YES_NO" as const, text: "x".repeat(2_001) }] }, "questions", "Question 1 is longer than 2,000 characters"],
    ["an oversized introduction", { introduction: "x".repeat(50_001) }, "introduction", "The introduction is at most 50,000 characters"],
    ["a bidi character in a question", { questions: [{ kind: "FREE_TEXT" as const, text: "Why\u202E?" }] }, "questions", expect.stringContaining("text-direction")],
    ["an unknown kind", { kind: "OTHER" as never }, "kind", "Choose the kind of consultation"],
  ])("refuses %s with a message for the field, and writes nothing", async (_, overrides, field, message) => {
    await expectNothingWritten(() => createConsultation(db(), secas, { modificationId: dp162, fields: consultationFields(overrides) }), {
      code: "VALIDATION",
      fieldErrors: { [field]: [message] },
    });
  });

  it("refuses a duplicate title, and a baseline or report of another modification, writing nothing", async () => {
    const fields = consultationFields();
    await createConsultation(db(), secas, { modificationId: dp162, fields });
    await expectNothingWritten(() => createConsultation(db(), secas, { modificationId: dp162, fields }), { code: "CONFLICT", fieldErrors: { title: [expect.stringContaining("already has a consultation")] } });
    const theirs = await db().baseline.create({ data: { modificationId: other, name: `Theirs ${Date.now()}`, createdById: secas.id }, select: { id: true } });
    await expectNothingWritten(() => createConsultation(db(), secas, { modificationId: dp162, fields: consultationFields({ baselineId: theirs.id }) }), {
      code: "VALIDATION",
      fieldErrors: { baselineId: ["Choose a baseline of this modification"] },
    });
    const report = await db().report.create({ data: { modificationId: other, kind: "MODIFICATION_REPORT", number: "0.1", major: 0, minor: 1, generated: {}, generatedAt: new Date() }, select: { id: true } });
    await expectNothingWritten(() => createConsultation(db(), secas, { modificationId: dp162, fields: consultationFields({ reportId: report.id }) }), {
      code: "VALIDATION",
      fieldErrors: { reportId: ["Choose a report of this modification"] },
    });
  });

  it("reads the form: question rows in order with blanks skipped, the window as London times, an empty baseline", () => {
    const parsed = consultationFormSchema.parse({
      kind: "REFINEMENT",
      title: "Summer consultation",
      introduction: "",
      "questionKind.0": "YES_NO",
      "questionText.0": "  First?  ",
      "questionKind.1": "FREE_TEXT",
      "questionText.1": "",
      "questionKind.2": "PARTY_IMPACT",
      "questionText.2": "Your impact?",
      opensDate: "2030-07-01",
      opensTime: "09:00",
      closesDate: "2030-07-15",
      closesTime: "17:00",
      baselineId: "",
      reportId: "",
    });
    expect(parsed).toMatchObject({
      questions: [{ kind: "YES_NO", text: "First?" }, { kind: "PARTY_IMPACT", text: "Your impact?" }],
      opensAt: new Date("2030-07-01T08:00:00Z"),
      closesAt: new Date("2030-07-15T16:00:00Z"),
      baselineId: undefined,
      reportId: undefined,
    });
  });

  it("refuses a time in the hour London skips when the clocks go forward, and a malformed one", () => {
    // 30 March 2031: the clocks go from 01:00 GMT to 02:00 BST, so 01:30 names no instant.
    const base = { kind: "REFINEMENT", title: "T", "questionKind.0": "FREE_TEXT", "questionText.0": "Q?", closesDate: "2031-04-30", closesTime: "17:00" };
    const skipped = consultationFormSchema.safeParse({ ...base, opensDate: "2031-03-30", opensTime: "01:30" });
    expect(skipped.error?.issues.map((i) => [i.path[0], i.message])).toEqual([["opensAt", "Give the date and time the consultation opens (London time)"]]);
    expect(consultationFormSchema.safeParse({ ...base, opensDate: "2031-03-30", opensTime: "02:30" }).success).toBe(true);
    const bad = consultationFormSchema.safeParse({ ...base, opensDate: "2031-03-30", opensTime: "25:00", closesDate: "" });
    expect(bad.error?.issues.map((i) => i.path[0])).toEqual(["opensAt", "closesAt"]);
  });
});

describe("editing", () => {
  it("a planned consultation: saves a new version, replaces the questions and records before and after", async () => {
    const id = await planConsultation(secas, dp162);
    const fields = consultationFields({ title: `Edited ${Date.now()}`, kind: "MODIFICATION_REPORT", questions: [{ kind: "FREE_TEXT", text: "Only one now?" }] });
    expect(await updateConsultation(db(), secas, { modificationId: dp162, consultationId: id, expectedVersion: 1, fields })).toEqual({ version: 2 });
    const c = await row(id);
    expect(c).toMatchObject({ title: fields.title, kind: "MODIFICATION_REPORT", version: 2 });
    expect(c.questions.map((q) => [q.number, q.kind, q.text])).toEqual([[1, "FREE_TEXT", "Only one now?"]]);
    expect((await eventsOf(id)).at(-1)).toMatchObject({
      action: "consultation.updated",
      before: expect.objectContaining({ kind: "REFINEMENT", version: 1 }),
      after: expect.objectContaining({ kind: "MODIFICATION_REPORT", questions: ["1. [FREE_TEXT] Only one now?"], version: 2 }),
    });
  });

  it("an open consultation: title, introduction and closing time change; its opening time is kept", async () => {
    const id = await planConsultation(secas, dp162);
    await changeConsultationStatus(db(), secas, { modificationId: dp162, consultationId: id, expectedVersion: 1, status: "OPEN" });
    const opened = await row(id);
    const current = { kind: opened.kind, questions: opened.questions.map((q) => ({ kind: q.kind, text: q.text })), baselineId: opened.baselineId! };
    const closesAt = new Date(opened.closesAt.getTime() + 7 * 24 * HOUR);
    const fields = consultationFields({ ...current, title: `Renamed ${Date.now()}`, introduction: "Extended by a week.", opensAt: new Date(Date.now() + 5 * HOUR), closesAt });
    await updateConsultation(db(), secas, { modificationId: dp162, consultationId: id, expectedVersion: 2, fields });
    const c = await row(id);
    expect(c).toMatchObject({ status: "OPEN", title: fields.title, introduction: "Extended by a week.", closesAt, opensAt: opened.opensAt, version: 3 });
    expect(c.questions.map((q) => q.id)).toEqual(opened.questions.map((q) => q.id));
  });

  it("an open consultation: refuses a change to its questions, kind or baseline, clearly, and writes nothing", async () => {
    const id = await planConsultation(secas, dp162);
    await changeConsultationStatus(db(), secas, { modificationId: dp162, consultationId: id, expectedVersion: 1, status: "OPEN" });
    const opened = await row(id);
    const current = { kind: opened.kind, questions: opened.questions.map((q) => ({ kind: q.kind, text: q.text })), baselineId: opened.baselineId! };
    const attempt = (overrides: Parameters<typeof consultationFields>[0]) => () =>
      updateConsultation(db(), secas, { modificationId: dp162, consultationId: id, expectedVersion: 2, fields: consultationFields({ ...current, ...overrides }) });
    await expectNothingWritten(attempt({ questions: [...current.questions, { kind: "FREE_TEXT", text: "One more?" }] }), {
      code: "VALIDATION",
      message: "The questions cannot change once the consultation has opened: respondents are answering them.",
    });
    await expectNothingWritten(attempt({ questions: current.questions.map((q, i) => (i === 0 ? { ...q, kind: "YES_NO" as const } : q)) }), { code: "VALIDATION", fieldErrors: { questions: [expect.any(String)] } });
    await expectNothingWritten(attempt({ kind: "MODIFICATION_REPORT" }), { code: "VALIDATION", fieldErrors: { kind: ["The kind cannot change once the consultation has opened"] } });
    await expectNothingWritten(attempt({ baselineId: undefined }), { code: "VALIDATION", fieldErrors: { baselineId: [expect.stringContaining("cannot change")] } });
  });

  it("refuses a stale version, and writes nothing", async () => {
    const id = await planConsultation(secas, dp162);
    await updateConsultation(db(), secas, { modificationId: dp162, consultationId: id, expectedVersion: 1, fields: consultationFields() });
    await expectNothingWritten(() => updateConsultation(db(), secas, { modificationId: dp162, consultationId: id, expectedVersion: 1, fields: consultationFields() }), {
      code: "CONFLICT",
      message: expect.stringMatching(new RegExp(`^${secas.name} saved version 2 of the consultation ".+" on .+ Nothing of yours was lost or saved`)),
      details: { version: 2, author: secas.name },
    });
  });

  it("refuses a closed, collated or published consultation, one of another modification and bad input, and writes nothing", async () => {
    const id = await planConsultation(secas, dp162);
    await expectNothingWritten(() => updateConsultation(db(), secas, { modificationId: dp162, consultationId: id, expectedVersion: 1, fields: consultationFields({ title: "" }) }), { code: "VALIDATION" });
    await expectNothingWritten(() => updateConsultation(db(), secas, { modificationId: other, consultationId: id, expectedVersion: 1, fields: consultationFields() }), { code: "NOT_FOUND" });
    for (const status of ["CLOSED", "COLLATED", "PUBLISHED"] as const) {
      await putConsultationInStatus(id, status);
      await expectNothingWritten(() => updateConsultation(db(), secas, { modificationId: dp162, consultationId: id, expectedVersion: 1, fields: consultationFields() }), {
        code: "VALIDATION",
        message: `This consultation is ${status.toLowerCase()}: only a planned or open consultation can be edited.`,
      });
    }
  });
});

describe("opening and closing", () => {
  it("opening with no baseline freezes the current requirements as one, and brings an early opening forward", async () => {
    const id = await planConsultation(secas, dp162);
    const planned = await row(id);
    const before = await db().baseline.count({ where: { modificationId: dp162 } });
    const now = new Date();
    await changeConsultationStatus(db(), secas, { modificationId: dp162, consultationId: id, expectedVersion: 1, status: "OPEN" }, now);
    const c = await row(id);
    expect(c).toMatchObject({ status: "OPEN", openedAt: now, opensAt: now, closesAt: planned.closesAt, version: 2 });
    expect(await db().baseline.count({ where: { modificationId: dp162 } })).toBe(before + 1);
    const frozen = await db().baseline.findUniqueOrThrow({ where: { id: c.baselineId! }, include: { _count: { select: { entries: true } } } });
    expect(frozen.name).toContain(`Consulted on in ${planned.title}`);
    expect(frozen._count.entries).toBe(await db().requirement.count({ where: { modificationId: dp162 } }));
    expect((await eventsOf(id)).map((e) => e.action)).toEqual(["consultation.created", "consultation.opened"]);
    const view = await getConsultation(db(), dp162, id);
    expect(view.requirements).toHaveLength(frozen._count.entries);
  });

  it("opening keeps a chosen baseline; closing early records when", async () => {
    const baseline = await db().baseline.findFirstOrThrow({ where: { modificationId: dp162 }, select: { id: true } });
    const id = await planConsultation(secas, dp162, { baselineId: baseline.id });
    const baselines = await db().baseline.count();
    await changeConsultationStatus(db(), secas, { modificationId: dp162, consultationId: id, expectedVersion: 1, status: "OPEN" });
    expect(await db().baseline.count()).toBe(baselines);
    expect((await row(id)).baselineId).toBe(baseline.id);
    const now = new Date();
    await changeConsultationStatus(db(), secas, { modificationId: dp162, consultationId: id, expectedVersion: 2, status: "CLOSED" }, now);
    expect(await row(id)).toMatchObject({ status: "CLOSED", closedAt: now, version: 3 });
    expect((await eventsOf(id)).at(-1)).toMatchObject({ action: "consultation.closed", actorId: secas.id });
  });

  it("on a modification without requirements: opens without a baseline, unless it asks about each requirement", async () => {
    const empty = await emptyModification(971);
    const general = await planConsultation(secas, empty, { questions: [{ kind: "FREE_TEXT", text: "Views?" }] });
    await changeConsultationStatus(db(), secas, { modificationId: empty, consultationId: general, expectedVersion: 1, status: "OPEN" });
    expect(await row(general)).toMatchObject({ status: "OPEN", baselineId: null });
    const perRequirement = await planConsultation(secas, empty);
    await expectNothingWritten(() => changeConsultationStatus(db(), secas, { modificationId: empty, consultationId: perRequirement, expectedVersion: 1, status: "OPEN" }), {
      code: "VALIDATION",
      message: expect.stringContaining("has no requirements yet"),
    });
  });

  it("refuses a stale version, one of another modification, opening after the window, and collating or publishing here, writing nothing", async () => {
    const id = await planConsultation(secas, dp162);
    await updateConsultation(db(), secas, { modificationId: dp162, consultationId: id, expectedVersion: 1, fields: consultationFields() });
    await expectNothingWritten(() => changeConsultationStatus(db(), secas, { modificationId: dp162, consultationId: id, expectedVersion: 1, status: "OPEN" }), { code: "CONFLICT", details: { version: 2, author: secas.name } });
    await expectNothingWritten(() => changeConsultationStatus(db(), secas, { modificationId: other, consultationId: id, expectedVersion: 2, status: "OPEN" }), { code: "NOT_FOUND" });
    const later = new Date(Date.now() + 60 * 24 * HOUR);
    await expectNothingWritten(() => changeConsultationStatus(db(), secas, { modificationId: dp162, consultationId: id, expectedVersion: 2, status: "OPEN" }, later), {
      code: "VALIDATION",
      message: expect.stringContaining("edit its closing time before opening it"),
    });
    await putConsultationInStatus(id, "CLOSED");
    for (const status of ["COLLATED", "PUBLISHED"] as const) {
      await expectNothingWritten(() => changeConsultationStatus(db(), secas, { modificationId: dp162, consultationId: id, expectedVersion: 2, status }), {
        code: "VALIDATION",
        message: expect.stringContaining("responses page"),
      });
    }
  });

  it("reads a consultation of another modification as not found", async () => {
    const id = await planConsultation(secas, dp162);
    await expect(getConsultation(db(), other, id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await findConsultations(db(), other, { publishedOnly: false })).map((c) => c.id)).not.toContain(id);
  });
});

describe("closing automatically once the window has passed", () => {
  let id: string;
  let closesAt: Date;
  beforeEach(async () => {
    id = await planConsultation(secas, dp162);
    await changeConsultationStatus(db(), secas, { modificationId: dp162, consultationId: id, expectedVersion: 1, status: "OPEN" });
    ({ closesAt } = await row(id));
  });
  const after = () => new Date(closesAt.getTime() + 1);

  it("is left open until closesAt", async () => {
    expect(await closeConsultationsPastWindow(db(), { modificationId: dp162, consultationId: id }, new Date(closesAt.getTime() - 1))).toEqual([]);
    expect((await getConsultation(db(), dp162, id, new Date(closesAt.getTime() - 1))).status).toBe("OPEN");
  });

  it("has the modification's cached pages expired when it closes one, not when there is nothing to close", async () => {
    const scope = { modificationId: dp162, consultationId: id };
    expireAfterSystemChange.mockClear();
    await closeConsultationsPastWindow(db(), scope, new Date(closesAt.getTime() - 1));
    expect(expireAfterSystemChange).not.toHaveBeenCalled();
    await closeConsultationsPastWindow(db(), scope, after());
    expect(expireAfterSystemChange.mock.calls).toEqual([[dp162]]);
    await closeConsultationsPastWindow(db(), scope, after());
    expect(expireAfterSystemChange).toHaveBeenCalledTimes(1);
  });

  it("closes at closesAt when the list reads it, audited as done by the system, once", async () => {
    const list = await findConsultations(db(), dp162, { publishedOnly: false }, after());
    expect(list.find((c) => c.id === id)).toMatchObject({ status: "CLOSED", closedAt: closesAt });
    const events = (await eventsOf(id)).filter((e) => e.action === "consultation.closedAutomatically");
    expect(events).toEqual([expect.objectContaining({ actorId: null, modificationId: dp162, after: expect.objectContaining({ status: "CLOSED", closedAt: closesAt.toISOString() }) })]);
    await findConsultations(db(), dp162, { publishedOnly: false }, after());
    expect((await eventsOf(id)).filter((e) => e.action === "consultation.closedAutomatically")).toHaveLength(1);
  });

  it("closes before a command looks at it: SECAS closing it late is told it has closed, and an edit is refused", async () => {
    await expect(changeConsultationStatus(db(), secas, { modificationId: dp162, consultationId: id, expectedVersion: 2, status: "CLOSED" }, after())).rejects.toMatchObject({
      code: "VALIDATION",
      message: "A consultation that is closed cannot become closed.",
    });
    expect(await row(id)).toMatchObject({ status: "CLOSED", closedAt: closesAt });
    await expect(updateConsultation(db(), secas, { modificationId: dp162, consultationId: id, expectedVersion: 3, fields: consultationFields() }, after())).rejects.toMatchObject({ code: "VALIDATION" });
  });
});

describe("the list", () => {
  it("shows a visitor's reading only published consultations", async () => {
    const modificationId = await emptyModification(972);
    const planned = await planConsultation(secas, modificationId);
    const published = await planConsultation(secas, modificationId);
    await putConsultationInStatus(published, "PUBLISHED");
    expect((await findConsultations(db(), modificationId, { publishedOnly: true })).map((c) => c.id)).toEqual([published]);
    expect((await findConsultations(db(), modificationId, { publishedOnly: false })).map((c) => c.id).sort()).toEqual([planned, published].sort());
  });
});
