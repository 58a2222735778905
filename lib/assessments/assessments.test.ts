import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { CurrentUser } from "@/lib/auth/current-user";
import { createBaseline } from "@/lib/baselines/create-baseline";
import { db } from "@/lib/db";
import { formatDate } from "@/lib/labels";
import { AppError } from "@/lib/errors";
import { createActor } from "@/test/support/actors";
import { anyBaseline, assessmentVersion, requestFor, versionFields } from "@/test/support/assessments";
import { resetDatabase } from "@/test/support/database";
import { changedTables, snapshotTables } from "@/test/support/snapshot";
import { seedTwoModifications } from "@/test/support/two-modifications";
import { expectVersionConflict } from "@/test/support/version-conflict";
import { findAssessments } from "./find-assessments";
import { getAssessment } from "./get-assessment";
import { parsePounds } from "./money";
import { recordAssessmentVersion } from "./record-assessment-version";
import { requestAssessment } from "./request-assessment";

let dp162: string;
let other: string;
let secas: CurrentUser;
let dcc: CurrentUser;

/** Refused with `code`, and nothing written anywhere. */
async function expectRefusedWritingNothing(run: () => Promise<unknown>, code: string, field?: string, message?: RegExp) {
  const before = await snapshotTables();
  const error = await run().then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  expect(error).toMatchObject({ code });
  if (field) expect((error as AppError).fieldErrors[field]?.join(" ")).toMatch(message ?? /./);
  expect(changedTables(before, await snapshotTables())).toEqual([]);
}

const statusOf = async (id: string) => (await db().dccAssessment.findUniqueOrThrow({ where: { id }, select: { status: true } })).status;
const seededAssessment = async () => (await db().dccAssessment.findFirstOrThrow({ where: { modificationId: dp162 }, orderBy: { createdAt: "asc" }, select: { id: true } })).id;

beforeAll(async () => {
  await resetDatabase();
  ({ dp162, other } = await seedTwoModifications());
  secas = await createActor("SECAS");
  dcc = await createActor("DCC_ANALYST");
});

describe("money in pounds", () => {
  it.each([
    ["£1,234.50", 123_450],
    ["1234.5", 123_450],
    ["120000", 12_000_000],
    [" £ 120,000 ", 12_000_000],
    ["0", 0],
    ["£0.05", 5],
  ])("reads %j as %i pence", (text, pence) => expect(parsePounds(text)).toBe(pence));

  it.each(["", "abc", "-100", "£-5", "1.234", "1,23", "12,34,567", "1e5", "£", "100 pounds", "1.2.3", "Infinity", "0x10", "1 000"])("refuses %j", (text) => expect(parsePounds(text)).toBeNull());
});

describe("requesting an assessment", () => {
  it("refuses an Impact Assessment before any Preliminary Assessment is received, writing nothing", async () => {
    await expectRefusedWritingNothing(
      () => requestAssessment(db(), secas, { modificationId: other, fields: { kind: "IMPACT", baselineId: "x", dueOn: "2099-01-01" } }),
      "VALIDATION",
    );
  });

  it("refuses a baseline of another modification, writing nothing", async () => {
    const { id: theirs } = await createBaseline(db(), secas, { modificationId: other, name: "Theirs" });
    await expectRefusedWritingNothing(
      () => requestAssessment(db(), secas, { modificationId: dp162, fields: { kind: "PRELIMINARY", baselineId: theirs, dueOn: "2099-01-01" } }),
      "VALIDATION",
      "baselineId",
      /this modification's baselines/,
    );
  });

  it("refuses a due date that has passed, or is not a date", async () => {
    const baselineId = await anyBaseline(dp162);
    await expectRefusedWritingNothing(() => requestAssessment(db(), secas, { modificationId: dp162, fields: { kind: "PRELIMINARY", baselineId, dueOn: "2020-01-01" } }), "VALIDATION", "dueOn", /passed/);
    await expectRefusedWritingNothing(() => requestAssessment(db(), secas, { modificationId: dp162, fields: { kind: "PRELIMINARY", baselineId, dueOn: "2099-02-30" } }), "VALIDATION", "dueOn");
  });
});

describe("recording versions", () => {
  let requested: string;
  beforeEach(async () => {
    // One awaited request at a time: reuse the one left awaited by an earlier test.
    const awaited = await db().dccAssessment.findFirst({ where: { modificationId: dp162, status: "REQUESTED" }, select: { id: true } });
    requested = awaited?.id ?? (await requestFor(secas, dp162));
  });

  it("refuses a cost that is not a number of pounds, with a clear message, writing nothing", async () => {
    const target = { modificationId: dp162, assessmentId: requested, expectedVersion: await assessmentVersion(requested) };
    await expectRefusedWritingNothing(
      () => recordAssessmentVersion(db(), dcc, { ...target, fields: versionFields({ testing: "about 40k" }) }),
      "VALIDATION",
      "testing",
      /"about 40k" is not a number of pounds/,
    );
    await expectRefusedWritingNothing(() => recordAssessmentVersion(db(), dcc, { ...target, fields: versionFields({ designAndBuild: "" }) }), "VALIDATION", "designAndBuild", /number of pounds/);
  });

  it("refuses a release that is not June or November, writing nothing", async () => {
    const target = { modificationId: dp162, assessmentId: requested, expectedVersion: await assessmentVersion(requested) };
    await expectRefusedWritingNothing(
      () => recordAssessmentVersion(db(), dcc, { ...target, fields: versionFields({ earliestRelease: "2028-07" }) }),
      "VALIDATION",
      "earliestRelease",
      /June or November/,
    );
  });

  it("refuses a second request while one is awaited", async () => {
    await expectRefusedWritingNothing(() => requestFor(secas, dp162), "CONFLICT");
  });

  it("marks the assessment received, supersedes the earlier one, and keeps each version", async () => {
    const seeded = await seededAssessment();
    expect(await statusOf(seeded)).toBe("RECEIVED");
    const first = await recordAssessmentVersion(db(), dcc, { modificationId: dp162, assessmentId: requested, expectedVersion: await assessmentVersion(requested), fields: versionFields() });
    expect(first).toEqual({ version: 2, number: 1 });
    expect(await statusOf(requested)).toBe("RECEIVED");
    expect(await statusOf(seeded)).toBe("SUPERSEDED");
    const second = await recordAssessmentVersion(db(), secas, {
      modificationId: dp162,
      assessmentId: requested,
      expectedVersion: first.version,
      fields: versionFields({ testing: "£50,000", leadTimeWeeks: "30", earliestRelease: "2029-06", systems: "DSP", changeNote: "Testing re-estimated" }),
    });
    expect(second).toEqual({ version: 3, number: 2 });
    const page = await getAssessment(db(), dp162, requested);
    expect(page.versions.map((v) => v.number)).toEqual([2, 1]);
    expect(page.versions[0]!.change).toMatchObject({ testingPence: 500_000, leadTimeWeeks: 4, releaseMonths: 7, systemsRemoved: ["Self-Service Interface"], systemsAdded: [] });
    expect(page.versions[1]!.figures).toMatchObject({ designAndBuildPence: 12_000_000, implementationPence: 1_050_050 });
    const events = await db().auditEvent.findMany({ where: { entityType: "DccAssessment" }, orderBy: { id: "asc" }, select: { action: true, entityId: true } });
    expect(events.slice(-3).map((e) => e.action)).toEqual(["dccAssessment.superseded", "dccAssessment.versionRecorded", "dccAssessment.versionRecorded"]);
    expect(events.filter((e) => e.entityId === seeded).map((e) => e.action)).toEqual(["dccAssessment.superseded"]);
    // A superseded assessment takes no more versions.
    await expectRefusedWritingNothing(
      () => recordAssessmentVersion(db(), dcc, { modificationId: dp162, assessmentId: seeded, expectedVersion: 3, fields: versionFields() }),
      "VALIDATION",
    );
  });

  it("refuses a version recorded from an old version of the assessment, writing nothing", async () => {
    const start = await assessmentVersion(requested);
    await recordAssessmentVersion(db(), dcc, { modificationId: dp162, assessmentId: requested, expectedVersion: start, fields: versionFields() });
    const what = `the DCC Preliminary Assessment requested on ${formatDate((await db().dccAssessment.findUniqueOrThrow({ where: { id: requested } })).createdAt)}`;
    const before = await snapshotTables();
    await expectVersionConflict(
      recordAssessmentVersion(db(), secas, { modificationId: dp162, assessmentId: requested, expectedVersion: start, fields: versionFields({ testing: "1" }) }),
      { version: start + 1, author: dcc.name, what },
    );
    expect(changedTables(before, await snapshotTables())).toEqual([]);
  });

  it("refuses an assessment of another modification as not found", async () => {
    await expectRefusedWritingNothing(
      () => recordAssessmentVersion(db(), dcc, { modificationId: other, assessmentId: requested, expectedVersion: 1, fields: versionFields() }),
      "NOT_FOUND",
    );
  });
});

describe("the database", () => {
  it("keeps versions append-only", async () => {
    const version = await db().dccAssessmentVersion.findFirstOrThrow({ select: { id: true } });
    await expect(db().dccAssessmentVersion.update({ where: { id: version.id }, data: { testingPence: 1n } })).rejects.toThrow(/append-only/);
    await expect(db().dccAssessmentVersion.delete({ where: { id: version.id } })).rejects.toThrow(/append-only/);
  });

  it("refuses a release other than June or November, and a negative amount", async () => {
    const v = await db().dccAssessmentVersion.findFirstOrThrow({ omit: { id: true, number: true, createdAt: true } });
    const row = v;
    await expect(db().dccAssessmentVersion.create({ data: { ...row, number: 99, earliestRelease: "2028-07" } })).rejects.toThrow();
    await expect(db().dccAssessmentVersion.create({ data: { ...row, number: 99, testingPence: -1n } })).rejects.toThrow();
  });

  it("holds one awaited and one current assessment per modification", async () => {
    const existing = await db().dccAssessment.findFirstOrThrow({ where: { modificationId: dp162 } });
    const row = { modificationId: dp162, kind: existing.kind, baselineId: existing.baselineId, dueOn: existing.dueOn, requestedById: existing.requestedById };
    await db().dccAssessment.create({ data: { ...row, status: "REQUESTED" } }).catch(() => undefined);
    await expect(db().dccAssessment.create({ data: { ...row, status: "REQUESTED" } })).rejects.toThrow();
    await expect(db().dccAssessment.create({ data: { ...row, status: "RECEIVED" } })).rejects.toThrow();
  });
});

describe("the list", () => {
  it("shows each assessment with its latest figures, newest request first", async () => {
    const list = await findAssessments(db(), dp162);
    expect(list.length).toBeGreaterThanOrEqual(2);
    expect(list.at(-1)).toMatchObject({ kind: "PRELIMINARY", status: "SUPERSEDED", latest: { illustrative: true, number: 1 } });
  });
});
