import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { CurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { getModificationOverview } from "@/lib/modifications/get-modification";
import { findOpenRounds, roundsToCommentIn } from "@/lib/comments/open-rounds";
import { createActor } from "@/test/support/actors";
import { createQueryCounter } from "@/test/support/query-counter";
import { resetDatabase } from "@/test/support/database";
import { planRound, putRoundInStatus, roundFields } from "@/test/support/review-rounds";
import { changedTables, snapshotTables } from "@/test/support/snapshot";
import { seedTwoModifications } from "@/test/support/two-modifications";
import { changeReviewRoundStatus } from "./change-review-round-status";
import { AUTOMATIC_CLOSE, closeIfPastWindow } from "./close-if-past-window";
import { createReviewRound } from "./create-review-round";
import { findReviewRounds } from "./find-review-rounds";
import { getReviewRound } from "./get-review-round";
import { overviewWithCurrentRounds } from "./overview-with-current-rounds";
import { reviewRoundFormSchema } from "./schemas";
import { updateReviewRound } from "./update-review-round";

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

const roundRow = (id: string) => db().reviewRound.findUniqueOrThrow({ where: { id }, include: { questions: { orderBy: { number: "asc" } } } });
const eventsOf = (id: string) => db().auditEvent.findMany({ where: { entityId: id }, orderBy: { id: "asc" } });

beforeAll(async () => {
  await resetDatabase();
  ({ dp162, other } = await seedTwoModifications());
  secas = await createActor("SECAS");
});

describe("creating a round", () => {
  it("records the round as planned, with numbered questions, its author and the audit event", async () => {
    const fields = roundFields({ committee: "WORKING_GROUP", questions: ["First?", "Second?", "Third?"] });
    const { id } = await createReviewRound(db(), secas, { modificationId: dp162, fields });
    const round = await roundRow(id);
    expect(round).toMatchObject({ status: "PLANNED", committee: "WORKING_GROUP", title: fields.title, introduction: fields.introduction, createdById: secas.id, version: 1, baselineId: null, openedAt: null });
    expect(round.questions.map((q) => [q.number, q.text])).toEqual([[1, "First?"], [2, "Second?"], [3, "Third?"]]);
    const [event] = await eventsOf(id);
    expect(event).toMatchObject({ action: "reviewRound.created", actorId: secas.id, modificationId: dp162 });
    expect(event!.after).toMatchObject({ title: fields.title, questions: ["First?", "Second?", "Third?"], status: "PLANNED" });
  });

  it.each([
    ["an empty title", { title: "  " }, "title", "Enter a title"],
    ["a window that closes before it opens", { closesAt: new Date(Date.now() + HOUR), opensAt: new Date(Date.now() + 2 * HOUR) }, "closesAt", "The round must close after it opens"],
    ["a window that has already ended", { opensAt: new Date(Date.now() - 3 * HOUR), closesAt: new Date(Date.now() - HOUR) }, "closesAt", "The closing time has passed: choose a later one"],
    ["21 questions", { questions: Array.from({ length: 21 }, (_, i) => `Question ${i + 1}?`) }, "questions", "A round has at most 20 questions: this one has 21"],
    ["an oversized question", { questions: ["Fine?", "x".repeat(1_001)] }, "questions", "Question 2 is longer than 1,000 characters"],
    ["an oversized introduction", { introduction: "x".repeat(20_001) }, "introduction", "The introduction is at most 20,000 characters"],
    ["a control character in the title", { title: "Round\u0000" }, "title", expect.stringContaining("control characters")],
  ])("refuses %s with a message for the field, and writes nothing", async (_, overrides, field, message) => {
    await expectNothingWritten(() => createReviewRound(db(), secas, { modificationId: dp162, fields: roundFields(overrides) }), {
      code: "VALIDATION",
      fieldErrors: { [field]: [message] },
    });
  });

  it("refuses a duplicate title and a baseline of another modification, writing nothing", async () => {
    const fields = roundFields();
    await createReviewRound(db(), secas, { modificationId: dp162, fields });
    await expectNothingWritten(() => createReviewRound(db(), secas, { modificationId: dp162, fields }), { code: "CONFLICT", fieldErrors: { title: [expect.stringContaining("already has a review round")] } });
    const theirs = await db().baseline.create({ data: { modificationId: other, name: `Theirs ${Date.now()}`, createdById: secas.id }, select: { id: true } });
    await expectNothingWritten(() => createReviewRound(db(), secas, { modificationId: dp162, fields: roundFields({ baselineId: theirs.id }) }), {
      code: "VALIDATION",
      fieldErrors: { baselineId: ["Choose a baseline of this modification"] },
    });
  });

  it("reads the form: one question per line, the window as London times, an empty scope", () => {
    const parsed = reviewRoundFormSchema.parse({
      committee: "SSC",
      title: "Summer round",
      introduction: "",
      questions: "First?\r\n\r\n  Second?  \n",
      opensDate: "2030-07-01",
      opensTime: "09:00",
      closesDate: "2030-07-15",
      closesTime: "17:00",
      baselineId: "",
    });
    expect(parsed).toMatchObject({ questions: ["First?", "Second?"], opensAt: new Date("2030-07-01T08:00:00Z"), closesAt: new Date("2030-07-15T16:00:00Z"), baselineId: undefined });
    const bad = reviewRoundFormSchema.safeParse({ committee: "SSC", title: "T", questions: "", opensDate: "2030-03-31", opensTime: "25:00", closesDate: "", closesTime: "" });
    expect(bad.error?.issues.map((i) => i.path[0])).toEqual(["opensAt", "closesAt"]);
  });
});

describe("editing a planned round", () => {
  it("saves a new version, replaces the questions and records before and after", async () => {
    const id = await planRound(secas, dp162);
    const fields = roundFields({ title: `Edited ${Date.now()}`, questions: ["Only one now?"], committee: "SSC" });
    expect(await updateReviewRound(db(), secas, { modificationId: dp162, roundId: id, expectedVersion: 1, fields })).toEqual({ version: 2 });
    const round = await roundRow(id);
    expect(round).toMatchObject({ title: fields.title, committee: "SSC", version: 2 });
    expect(round.questions.map((q) => q.text)).toEqual(["Only one now?"]);
    const events = await eventsOf(id);
    expect(events.at(-1)).toMatchObject({ action: "reviewRound.updated", before: expect.objectContaining({ committee: "TABASC", version: 1 }), after: expect.objectContaining({ committee: "SSC", version: 2 }) });
  });

  it("refuses a stale version, and writes nothing", async () => {
    const id = await planRound(secas, dp162);
    await updateReviewRound(db(), secas, { modificationId: dp162, roundId: id, expectedVersion: 1, fields: roundFields() });
    await expectNothingWritten(() => updateReviewRound(db(), secas, { modificationId: dp162, roundId: id, expectedVersion: 1, fields: roundFields() }), {
      code: "CONFLICT",
      message: expect.stringMatching(new RegExp(`^${secas.name} saved version 2 of the round ".+" on .+ Nothing of yours was lost or saved`)),
      details: { version: 2, author: secas.name },
    });
  });

  it("refuses an open or closed round, a round of another modification and bad input, and writes nothing", async () => {
    const id = await planRound(secas, dp162);
    await expectNothingWritten(() => updateReviewRound(db(), secas, { modificationId: dp162, roundId: id, expectedVersion: 1, fields: roundFields({ title: "" }) }), { code: "VALIDATION" });
    await expectNothingWritten(() => updateReviewRound(db(), secas, { modificationId: other, roundId: id, expectedVersion: 1, fields: roundFields() }), { code: "NOT_FOUND" });
    for (const status of ["OPEN", "CLOSED"] as const) {
      await putRoundInStatus(id, status);
      await expectNothingWritten(() => updateReviewRound(db(), secas, { modificationId: dp162, roundId: id, expectedVersion: 1, fields: roundFields() }), {
        code: "VALIDATION",
        message: `This round is ${status.toLowerCase()}: only a planned round can be edited.`,
      });
    }
  });
});

describe("opening and closing", () => {
  it("opening a round with no scope freezes the current requirements as a new baseline, and brings an early opening forward", async () => {
    const id = await planRound(secas, dp162);
    const planned = await roundRow(id);
    const before = await db().baseline.count({ where: { modificationId: dp162 } });
    const now = new Date();
    await changeReviewRoundStatus(db(), secas, { modificationId: dp162, roundId: id, expectedVersion: 1, status: "OPEN" }, now);
    const round = await roundRow(id);
    expect(round).toMatchObject({ status: "OPEN", openedAt: now, opensAt: now, closesAt: planned.closesAt, version: 2 });
    expect(await db().baseline.count({ where: { modificationId: dp162 } })).toBe(before + 1);
    const scope = await db().baseline.findUniqueOrThrow({ where: { id: round.baselineId! }, include: { _count: { select: { entries: true } } } });
    expect(scope.name).toContain(`Scope of ${planned.title}`);
    expect(scope._count.entries).toBe(await db().requirement.count({ where: { modificationId: dp162 } }));
    expect((await eventsOf(id)).map((e) => e.action)).toEqual(["reviewRound.created", "reviewRound.opened"]);
    expect(await db().auditEvent.count({ where: { entityId: scope.id, action: "baseline.created" } })).toBe(1);
  });

  it("opening keeps a chosen scope; closing records when", async () => {
    const scope = await db().baseline.findFirstOrThrow({ where: { modificationId: dp162 }, select: { id: true } });
    const id = await planRound(secas, dp162, { baselineId: scope.id });
    const baselines = await db().baseline.count();
    await changeReviewRoundStatus(db(), secas, { modificationId: dp162, roundId: id, expectedVersion: 1, status: "OPEN" });
    expect(await db().baseline.count()).toBe(baselines);
    expect((await roundRow(id)).baselineId).toBe(scope.id);
    const now = new Date();
    await changeReviewRoundStatus(db(), secas, { modificationId: dp162, roundId: id, expectedVersion: 2, status: "CLOSED" }, now);
    expect(await roundRow(id)).toMatchObject({ status: "CLOSED", closedAt: now, version: 3 });
  });

  it("opens a round on a modification without requirements with no scope", async () => {
    const empty = await db().modification.create({
      data: { ...(await db().modification.findUniqueOrThrow({ where: { id: other }, omit: { id: true, number: true, draftRef: true, proposalRef: true, createdAt: true, updatedAt: true } })), number: 970, draftRef: "DP970" },
    });
    const id = await planRound(secas, empty.id);
    await changeReviewRoundStatus(db(), secas, { modificationId: empty.id, roundId: id, expectedVersion: 1, status: "OPEN" });
    expect(await roundRow(id)).toMatchObject({ status: "OPEN", baselineId: null });
  });

  it("refuses a stale version, a round of another modification, and opening after the window, writing nothing", async () => {
    const id = await planRound(secas, dp162);
    await updateReviewRound(db(), secas, { modificationId: dp162, roundId: id, expectedVersion: 1, fields: roundFields() });
    await expectNothingWritten(() => changeReviewRoundStatus(db(), secas, { modificationId: dp162, roundId: id, expectedVersion: 1, status: "OPEN" }), { code: "CONFLICT", details: { version: 2, author: secas.name } });
    await expectNothingWritten(() => changeReviewRoundStatus(db(), secas, { modificationId: other, roundId: id, expectedVersion: 2, status: "OPEN" }), { code: "NOT_FOUND" });
    const later = new Date(Date.now() + 30 * 24 * HOUR);
    await expectNothingWritten(() => changeReviewRoundStatus(db(), secas, { modificationId: dp162, roundId: id, expectedVersion: 2, status: "OPEN" }, later), {
      code: "VALIDATION",
      message: expect.stringContaining("edit its closing time before opening it"),
    });
  });
});

describe("closing automatically once the window has passed", () => {
  let id: string;
  let closesAt: Date;
  beforeEach(async () => {
    id = await planRound(secas, dp162);
    await changeReviewRoundStatus(db(), secas, { modificationId: dp162, roundId: id, expectedVersion: 1, status: "OPEN" });
    ({ closesAt } = await roundRow(id));
  });
  const after = () => new Date(closesAt.getTime() + 1);

  it("is left open until closesAt", async () => {
    expect(await closeIfPastWindow(db(), { modificationId: dp162, roundId: id }, new Date(closesAt.getTime() - 1))).toEqual([]);
    expect((await getReviewRound(db(), dp162, id, new Date(closesAt.getTime() - 1))).status).toBe("OPEN");
  });

  it("has the modification's cached pages expired when it closes one, not when there is nothing to close", async () => {
    const scope = { modificationId: dp162, roundId: id };
    expireAfterSystemChange.mockClear();
    await closeIfPastWindow(db(), scope, new Date(closesAt.getTime() - 1));
    expect(expireAfterSystemChange).not.toHaveBeenCalled();
    await closeIfPastWindow(db(), scope, after());
    expect(expireAfterSystemChange.mock.calls).toEqual([[dp162]]);
    await closeIfPastWindow(db(), scope, after());
    expect(expireAfterSystemChange).toHaveBeenCalledTimes(1);
  });

  it("closes at closesAt when the round page reads it, audited as done by the system, once", async () => {
    const round = await getReviewRound(db(), dp162, id, after());
    expect(round).toMatchObject({ status: "CLOSED", closedAt: closesAt, version: 3 });
    const events = (await eventsOf(id)).filter((e) => e.action === AUTOMATIC_CLOSE);
    expect(events).toEqual([expect.objectContaining({ actorId: null, modificationId: dp162, after: expect.objectContaining({ status: "CLOSED", closedAt: closesAt.toISOString() }) })]);
    // Read again: nothing more to do.
    await expectNothingWritten(async () => {
      await getReviewRound(db(), dp162, id, after());
      throw Object.assign(new Error("read"), { code: "READ" });
    }, { code: "READ" });
  });

  it("closes when the list reads it", async () => {
    const rounds = await findReviewRounds(db(), dp162, after());
    expect(rounds.find((r) => r.id === id)).toMatchObject({ status: "CLOSED", closedAt: closesAt });
  });

  it("closes before a command looks at it: SECAS closing it late is told it has closed, and the automatic close stays", async () => {
    await expect(changeReviewRoundStatus(db(), secas, { modificationId: dp162, roundId: id, expectedVersion: 2, status: "CLOSED" }, after())).rejects.toMatchObject({
      code: "VALIDATION",
      message: "A round that is closed cannot become closed.",
    });
    expect(await roundRow(id)).toMatchObject({ status: "CLOSED", closedAt: closesAt });
  });

  it("the overview a reviewer reads: the cached one as it is while no round it shows is open past its window", async () => {
    const cached = await getModificationOverview(db(), "DP162");
    const before = new Date(closesAt.getTime() - 1);
    const counter = createQueryCounter();
    try {
      expect(await counter.count((client) => overviewWithCurrentRounds(client, cached, before))).toBe(0);
    } finally {
      await counter.client.$disconnect();
    }
    expect(await overviewWithCurrentRounds(db(), cached, before)).toBe(cached);
  });

  it("the overview a reviewer reads: a round the cached one still shows open past its window is closed, and the overview read afresh", async () => {
    const cached = await getModificationOverview(db(), "DP162");
    const current = await overviewWithCurrentRounds(db(), cached, after());
    expect(current.reviewRounds.find((r) => r.id === id)).toMatchObject({ status: "CLOSED" });
    expect(await roundRow(id)).toMatchObject({ status: "CLOSED", closedAt: closesAt });
    // Already closed by another reader, still open in the cache: read afresh, closed once.
    expect((await overviewWithCurrentRounds(db(), cached, after())).reviewRounds.find((r) => r.id === id)).toMatchObject({ status: "CLOSED" });
    expect((await eventsOf(id)).filter((e) => e.action === AUTOMATIC_CLOSE)).toHaveLength(1);
  });

  it("the rounds a reviewer may comment in: no query while none is past its window; a round past it is closed by that reader and not offered", async () => {
    const tabasc = await createActor("REVIEWER", "TABASC");
    const opsg = await createActor("REVIEWER", "OPSG");
    const before = new Date(closesAt.getTime() - 1);
    const open = await findOpenRounds(db(), dp162);
    expect(open.map((r) => r.id)).toContain(id);
    const counter = createQueryCounter();
    try {
      expect(await counter.count((client) => roundsToCommentIn(client, dp162, open, tabasc, before))).toBe(0);
    } finally {
      await counter.client.$disconnect();
    }
    expect((await roundsToCommentIn(db(), dp162, open, tabasc, before)).map((r) => r.value)).toContain(id);
    expect((await roundsToCommentIn(db(), dp162, open, opsg, before)).map((r) => r.value)).not.toContain(id);
    expect((await findOpenRounds(db(), other)).map((r) => r.id)).not.toContain(id);
    expect((await roundsToCommentIn(db(), dp162, open, tabasc, after())).map((r) => r.value)).not.toContain(id);
    expect(await roundRow(id)).toMatchObject({ status: "CLOSED", closedAt: closesAt });
    expect((await eventsOf(id)).filter((e) => e.action === AUTOMATIC_CLOSE)).toHaveLength(1);
    expect((await findOpenRounds(db(), dp162)).map((r) => r.id)).not.toContain(id);
  });

  it("closes each round once when two readers race", async () => {
    await Promise.all([closeIfPastWindow(db(), { modificationId: dp162 }, after()), closeIfPastWindow(db(), { modificationId: dp162 }, after())]);
    expect((await eventsOf(id)).filter((e) => e.action === AUTOMATIC_CLOSE)).toHaveLength(1);
  });
});

describe("the database keeps a round's window and status consistent", () => {
  it("refuses a window that closes before it opens, and an open round without openedAt", async () => {
    const id = await planRound(secas, dp162);
    const round = await roundRow(id);
    await expect(db().reviewRound.update({ where: { id }, data: { closesAt: round.opensAt } })).rejects.toThrow(/ReviewRound_window/);
    await expect(db().reviewRound.update({ where: { id }, data: { status: "OPEN" } })).rejects.toThrow(/ReviewRound_status_times/);
  });
});
