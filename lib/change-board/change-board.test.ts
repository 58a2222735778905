import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { CurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { createActor } from "@/test/support/actors";
import { createModificationReport, voteFields } from "@/test/support/change-board";
import { resetDatabase } from "@/test/support/database";
import { changedTables, snapshotTables } from "@/test/support/snapshot";
import { seedTwoModifications } from "@/test/support/two-modifications";
import { closeChangeBoardMeeting } from "./close-change-board-meeting";
import { findChangeBoard } from "./find-change-board";
import { recordChangeBoardMeeting } from "./record-change-board-meeting";
import { recordChangeBoardVote } from "./record-change-board-vote";
import { recordDecision } from "./record-decision";
import { NOT_VOTABLE, reportsForVote } from "./report-for-vote";
import { NO_VOTING_GROUP, RELEASE_MESSAGE } from "./schemas";

let dp162: string;
let other: string;
let secas: CurrentUser;
let reportV1: string;
let n = 0;

const failure = (p: Promise<unknown>) => p.then(() => null, (e: unknown) => e as AppError);
const meeting = async () => (await recordChangeBoardMeeting(db(), secas, { modificationId: dp162, fields: { reportId: reportV1, reference: `CB-${++n}`, heldOn: "2027-03-04" } })).id;
const vote = (meetingId: string, ...args: Parameters<typeof voteFields>) => recordChangeBoardVote(db(), secas, { modificationId: dp162, meetingId, fields: voteFields(...args) });
const version = async (id: string) => (await db().changeBoardMeeting.findUniqueOrThrow({ where: { id }, select: { version: true } })).version;
const close = async (meetingId: string) => closeChangeBoardMeeting(db(), secas, { modificationId: dp162, meetingId, expectedVersion: await version(meetingId) });
const decide = (meetingId: string, fields: Record<string, string>) =>
  recordDecision(db(), secas, { modificationId: dp162, meetingId, fields: { decidedBy: "OFGEM", outcome: "APPROVED", decidedOn: "2027-04-01", reference: "Ofgem decision letter", implementationRelease: "2027-11", ...fields } as never });

beforeAll(async () => {
  await resetDatabase();
  ({ dp162, other } = await seedTwoModifications());
  secas = await createActor("SECAS");
  reportV1 = (await createModificationReport(dp162)).id;
});
beforeEach(async () => {
  await db().modificationDecision.deleteMany();
});

describe("a Change Board meeting", () => {
  it("is held on the published Modification Report v1.0 only", async () => {
    const draft = (await createModificationReport(dp162, { version: "1.1", status: "DRAFT" })).id;
    const v04 = (await createModificationReport(dp162, { version: "0.4" })).id;
    const othersV1 = (await createModificationReport(other)).id;
    expect((await reportsForVote(db(), dp162)).map((r) => r.id)).toEqual([reportV1]);
    for (const reportId of [draft, v04, othersV1]) {
      const before = await snapshotTables();
      const error = await failure(recordChangeBoardMeeting(db(), secas, { modificationId: dp162, fields: { reportId, reference: "CB-X", heldOn: "2027-03-04" } }));
      expect(error).toMatchObject({ code: "VALIDATION", message: NOT_VOTABLE });
      expect(changedTables(before, await snapshotTables())).toEqual([]);
    }
  });

  it("records each member's vote with its voting group and rationale, and closing computes the recommendation", async () => {
    const id = await meeting();
    await vote(id, "Ann Large", "LARGE_SUPPLIER", "APPROVE");
    await vote(id, "Sam Small", "SMALL_SUPPLIER", "APPROVE");
    await vote(id, "Sue Small", "SMALL_SUPPLIER", "REJECT");
    await vote(id, "Sid Small", "SMALL_SUPPLIER", "APPROVE");
    await vote(id, "Nia Network", "NETWORK_PARTY", "REJECT");
    await vote(id, "Con Sumer", "CONSUMER", "ABSTAIN");
    expect(await close(id)).toEqual({ recommendation: "APPROVE" });
    const { meetings } = await findChangeBoard(db(), dp162, { includeOpen: false });
    const closed = meetings.find((m) => m.id === id)!;
    expect(closed).toMatchObject({ recommendation: "APPROVE", tally: { rule: { toConfirm: true } } });
    expect(closed.votes.find((v) => v.memberName === "Sue Small")).toMatchObject({ votingGroup: "SMALL_SUPPLIER", vote: "REJECT", rationale: "Sue Small's reasons" });
    const events = await db().auditEvent.findMany({ where: { entityId: { in: [id, ...closed.votes.map((v) => v.id)] } }, select: { action: true } });
    expect(events.map((e) => e.action).sort()).toEqual(["changeBoard.meetingClosed", "changeBoard.meetingRecorded", ...Array(6).fill("changeBoard.voteRecorded")]);
  });

  it("refuses a vote by a member of no Party Category voting group: a clear message, nothing written", async () => {
    const id = await meeting();
    for (const votingGroup of ["", "DCC", undefined]) {
      const before = await snapshotTables();
      const error = await failure(vote(id, "No Group", votingGroup as string, "APPROVE"));
      expect(error).toMatchObject({ code: "VALIDATION", fieldErrors: { votingGroup: [NO_VOTING_GROUP] } });
      expect(changedTables(before, await snapshotTables())).toEqual([]);
    }
  });

  it("takes no vote once closed, no second vote from one member, and keeps open meetings from the public record", async () => {
    const id = await meeting();
    await vote(id, "Ann Large", "LARGE_SUPPLIER", "APPROVE");
    expect(await failure(vote(id, "Ann Large", "LARGE_SUPPLIER", "REJECT"))).toMatchObject({ code: "CONFLICT" });
    expect((await findChangeBoard(db(), dp162, { includeOpen: false })).meetings.some((m) => m.id === id)).toBe(false);
    await close(id);
    const before = await snapshotTables();
    expect(await failure(vote(id, "Late Larry", "CONSUMER", "APPROVE"))).toMatchObject({ code: "CONFLICT" });
    expect(await failure(close(id))).toMatchObject({ code: "CONFLICT" });
    expect(changedTables(before, await snapshotTables())).toEqual([]);
  });

  it("refuses to close on a stale page (a vote recorded since) and with no votes", async () => {
    const id = await meeting();
    expect(await failure(close(id))).toMatchObject({ code: "VALIDATION" });
    await vote(id, "Ann Large", "LARGE_SUPPLIER", "APPROVE");
    const seen = await version(id);
    await vote(id, "Nia Network", "NETWORK_PARTY", "REJECT");
    const stale = { modificationId: dp162, meetingId: id, expectedVersion: seen };
    expect(await failure(closeChangeBoardMeeting(db(), secas, stale))).toMatchObject({
      code: "CONFLICT",
      message: expect.stringMatching(new RegExp(`^A vote was recorded after you opened the page: Nia Network's, recorded by ${secas.name} on \\d{1,2} \\w{3} \\d{4}, \\d\\d:\\d\\d\\. Nothing was closed: reload the page to see every vote`)),
    });
    await vote(id, "Sam Small", "SMALL_SUPPLIER", "APPROVE");
    const before = await snapshotTables();
    expect((await failure(closeChangeBoardMeeting(db(), secas, stale)))?.message).toMatch(/^2 votes were recorded after you opened the page: Nia Network's, .*; Sam Small's, recorded by/);
    // A page claiming a version the meeting never reached: no votes to name, still refused.
    expect((await failure(closeChangeBoardMeeting(db(), secas, { ...stale, expectedVersion: seen + 9 })))?.message).toMatch(/^The votes have changed since you opened the page\. Nothing was closed/);
    expect(changedTables(before, await snapshotTables())).toEqual([]);
  });

  it("finds no meeting of another modification (WHERE id AND modificationId)", async () => {
    const id = await meeting();
    expect(await failure(recordChangeBoardVote(db(), secas, { modificationId: other, meetingId: id, fields: voteFields("X", "CONSUMER", "APPROVE") }))).toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("the decision", () => {
  let closed: string;
  beforeAll(async () => {
    closed = await meeting();
    await vote(closed, "Ann Large", "LARGE_SUPPLIER", "APPROVE");
    await close(closed);
  });

  it("is recorded after a closed meeting, with its date, reference and a June or November release", async () => {
    const open = await meeting();
    expect(await failure(decide(open, {}))).toMatchObject({ code: "VALIDATION" });
    expect(await failure(decide(closed, { implementationRelease: "2027-09" }))).toMatchObject({ fieldErrors: { implementationRelease: [RELEASE_MESSAGE] } });
    expect(await failure(decide(closed, { implementationRelease: "" }))).toMatchObject({ code: "VALIDATION" });
    await decide(closed, {});
    expect((await findChangeBoard(db(), dp162, { includeOpen: false })).decision).toMatchObject({ decidedBy: "OFGEM", outcome: "APPROVED", reference: "Ofgem decision letter", implementationRelease: "2027-11" });
    expect(await failure(decide(closed, {}))).toMatchObject({ code: "CONFLICT" });
  });

  it("is Ofgem's on an Authority-led path and the Change Board's under self-governance", async () => {
    // DP162 is seeded as Path 1, Authority-led.
    expect(await failure(decide(closed, { decidedBy: "CHANGE_BOARD" }))).toMatchObject({ code: "VALIDATION", fieldErrors: { decidedBy: [expect.stringContaining("Ofgem decides")] } });
    await db().modification.update({ where: { id: dp162 }, data: { path: "PATH_3_SELF_GOVERNANCE" } });
    try {
      expect(await failure(decide(closed, {}))).toMatchObject({ fieldErrors: { decidedBy: [expect.stringContaining("Change Board decides")] } });
      await decide(closed, { decidedBy: "CHANGE_BOARD", outcome: "REJECTED", implementationRelease: "" });
      expect((await findChangeBoard(db(), dp162, { includeOpen: false })).decision).toMatchObject({ decidedBy: "CHANGE_BOARD", outcome: "REJECTED", implementationRelease: null });
    } finally {
      await db().modification.update({ where: { id: dp162 }, data: { path: "PATH_1_AUTHORITY_LED" } });
    }
  });
});
