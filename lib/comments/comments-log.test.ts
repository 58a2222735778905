import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import type { CurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { findRequirementsByArea } from "@/lib/requirements/find-requirements";
import { createActor } from "@/test/support/actors";
import { addressIn, insertReply, insertThread } from "@/test/support/comments";
import { resetDatabase } from "@/test/support/database";
import { createLargeModification } from "@/test/support/large-modification";
import { planRound, putRoundInStatus } from "@/test/support/review-rounds";
import { exportCommentsLog } from "./export-comments-log";
import { commentsLogFilterSchema, findCommentsLog, type CommentsLogFilter } from "./find-comments-log";

// The comments log on a small modification with five threads of every shape:
// C-1 TABASC, on BR-01 as version 1 (now 3), Major, answered by the Working Group then SECAS, addressed in versions 2 and 3
// C-2 SSC, on BR-02, Minor, resolved: rejected with a reason
// C-3 TABASC, an answer to the round's question 1, responded
// C-4 general, Editorial, withdrawn
// C-5 TABASC, on BR-01 as version 3, Critical, open, its text a spreadsheet formula
let m: { id: string; draftRef: string };
let ids: { tabasc: string; ssc: string; brightwater: string; northernGas: string };
const thread: Record<number, string> = {};

const filter = (f: Partial<Record<keyof CommentsLogFilter, unknown>> = {}) => commentsLogFilterSchema.parse(f);
const numbers = async (f: Partial<Record<keyof CommentsLogFilter, unknown>>) => (await findCommentsLog(db(), m.id, filter(f))).threads.map((t) => t.number);
const organisationId = async (name: string) => (await db().organisation.findUniqueOrThrow({ where: { name }, select: { id: true } })).id;
async function actorOf(role: "REVIEWER" | "WORKING_GROUP" | "SECAS", organisation: string, committee?: "TABASC" | "SSC"): Promise<CurrentUser> {
  const actor = await createActor(role, committee);
  await db().user.update({ where: { id: actor.id }, data: { organisationId: await organisationId(organisation) } });
  return actor;
}

beforeAll(async () => {
  await resetDatabase();
  const secas = await actorOf("SECAS", "SECAS");
  const wg = await actorOf("WORKING_GROUP", "Meterwise Data Services");
  const tom = await actorOf("REVIEWER", "Northern Gas Transport", "TABASC");
  const sara = await actorOf("REVIEWER", "Brightwater Energy", "SSC");
  m = await createLargeModification(db(), { number: 701, requirements: 3, versionsPerRequirement: 3, comments: 0 });
  const versions = await db().requirementVersion.findMany({ where: { requirement: { modificationId: m.id } }, select: { id: true, version: true, requirement: { select: { id: true, ref: true } } } });
  const version = (ref: string, n: number) => versions.find((v) => v.requirement.ref === ref && v.version === n)!;
  const on = (ref: string, n: number) => ({ requirementId: version(ref, n).requirement.id, requirementVersionId: version(ref, n).id });
  const tabasc = await planRound(secas, m.id, { committee: "TABASC" });
  const ssc = await planRound(secas, m.id, { committee: "SSC" });
  for (const round of [tabasc, ssc]) await putRoundInStatus(round, "OPEN");
  const question = await db().reviewQuestion.findFirstOrThrow({ where: { reviewRoundId: tabasc, number: 1 }, select: { id: true } });
  ids = { tabasc, ssc, brightwater: await organisationId("Brightwater Energy"), northernGas: await organisationId("Northern Gas Transport") };

  thread[1] = (await insertThread(m.id, tom.id, { reviewRoundId: tabasc, ...on("BR-01", 1), severity: "MAJOR", quotedText: "the Target Response Time", body: "Which **Target Response Time**?" })).id;
  await insertReply(thread[1], tom.id, "Also, is it per request?", new Date("2026-03-01T10:00:00Z"));
  await insertReply(thread[1], wg.id, "The one in Appendix A.", new Date("2026-03-02T10:00:00Z"));
  await insertReply(thread[1], secas.id, "Appendix A, table 3: clarified in version 2.", new Date("2026-03-03T10:00:00Z"));
  await insertReply(thread[1], tom.id, "Thanks.", new Date("2026-03-04T10:00:00Z"));
  await addressIn(thread[1], version("BR-01", 3).id, wg.id);
  await addressIn(thread[1], version("BR-01", 2).id, wg.id);
  thread[2] = (await insertThread(m.id, sara.id, { reviewRoundId: ssc, ...on("BR-02", 3), severity: "MINOR", status: "RESOLVED", disposition: "REJECTED", dispositionReason: "Out of scope of this modification." })).id;
  thread[3] = (await insertThread(m.id, tom.id, { reviewRoundId: tabasc, questionId: question.id, status: "RESPONDED", body: "Yes, the problem is clear." })).id;
  thread[4] = (await insertThread(m.id, wg.id, { severity: "EDITORIAL", body: "A typo I then thought better of.", withdrawnAt: new Date() })).id;
  thread[5] = (await insertThread(m.id, sara.id, { reviewRoundId: tabasc, ...on("BR-01", 3), severity: "CRITICAL", body: "=HYPERLINK(\"http://evil.example\",\"click\")" })).id;
});

describe("the comments log", () => {
  it("lists every thread by number, with counts per status and severity", async () => {
    const log = await findCommentsLog(db(), m.id, filter());
    expect(log.total).toBe(5);
    expect(log.threads.map((t) => t.label)).toEqual(["C-1", "C-2", "C-3", "C-4", "C-5"]);
    expect(log.statusCounts).toEqual({ OPEN: 2, RESPONDED: 1, RESOLVED: 1, WITHDRAWN: 1 });
    expect(log.severityCounts).toEqual({ CRITICAL: 1, MAJOR: 1, MINOR: 1, EDITORIAL: 1 });
    expect(log.organisations.map((o) => o.name)).toEqual(["Brightwater Energy", "Meterwise Data Services", "Northern Gas Transport"]);
    expect(log.rounds).toHaveLength(2);
  });

  it("shows a thread's subject, versions, response and addressed-in versions", async () => {
    const [c1, c2, c3, c4] = (await findCommentsLog(db(), m.id, filter())).threads;
    expect(c1).toMatchObject({
      subject: { kind: "requirement", ref: "BR-01", madeOnVersion: 1, currentVersion: 3 },
      round: { committee: "TABASC" },
      quotedText: "the Target Response Time",
      body: "Which **Target Response Time**?",
      severity: "MAJOR",
      organisation: "Northern Gas Transport",
      replyCount: 4,
      addressedInVersions: [2, 3],
      status: "OPEN",
      withdrawnAt: null,
    });
    // the latest reply by the Working Group or SECAS, not the reviewer's later thanks
    expect(c1!.response).toMatchObject({ body: "Appendix A, table 3: clarified in version 2." });
    expect(c2).toMatchObject({ status: "RESOLVED", disposition: "REJECTED", dispositionReason: "Out of scope of this modification.", response: null });
    expect(c3!.subject).toEqual({ kind: "question", number: 1, text: "Is the problem clear?" });
    expect(c4!.subject).toEqual({ kind: "general" });
  });

  it("keeps a withdrawn comment as a marked stub without its words", async () => {
    const c4 = (await findCommentsLog(db(), m.id, filter({ status: "WITHDRAWN" }))).threads;
    expect(c4).toHaveLength(1);
    expect(c4[0]).toMatchObject({ number: 4, body: null, quotedText: null, raisedBy: expect.any(String) });
    expect(c4[0]!.withdrawnAt).toBeInstanceOf(Date);
  });

  it("filters by round, committee, requirement, status, severity and organisation", async () => {
    expect(await numbers({ round: ids.ssc })).toEqual([2]);
    expect(await numbers({ committee: "TABASC" })).toEqual([1, 3, 5]);
    // a reference as people type it
    for (const typed of ["BR-01", "br-01", " BR1 ", "1", "001"]) expect(await numbers({ requirement: typed })).toEqual([1, 5]);
    expect(await numbers({ status: "OPEN" })).toEqual([1, 5]);
    expect(await numbers({ status: "RESOLVED" })).toEqual([2]);
    expect(await numbers({ severity: "MAJOR" })).toEqual([1]);
    expect(await numbers({ organisation: ids.brightwater })).toEqual([2, 5]);
    expect(await numbers({ committee: "TABASC", organisation: ids.northernGas, status: "OPEN" })).toEqual([1]);
  });

  it("counts each status with the other filters applied, leaving its own out", async () => {
    const log = await findCommentsLog(db(), m.id, filter({ committee: "TABASC", status: "OPEN" }));
    expect(log.total).toBe(2);
    expect(log.statusCounts).toEqual({ OPEN: 2, RESPONDED: 1, RESOLVED: 0, WITHDRAWN: 0 });
    expect(log.severityCounts).toEqual({ CRITICAL: 1, MAJOR: 1, MINOR: 0, EDITORIAL: 0 });
  });

  it("ignores filter values that make no sense", () => {
    for (const typed of ["BR-0", "0", "AB-03", "BR-1234567", "BR 03", "BR-03x"]) expect(filter({ requirement: typed }).requirement).toBeUndefined();
    expect(filter({ committee: "NOPE", status: "banana", requirement: "'; drop table", round: "a b", organisation: "", page: "-3", severity: ["MAJOR", "MINOR"] })).toEqual({
      round: undefined,
      committee: undefined,
      requirement: undefined,
      status: undefined,
      severity: "MAJOR",
      organisation: undefined,
      page: 1,
    });
  });

  it("counts the open threads of each requirement on the requirements list", async () => {
    const { areas } = await findRequirementsByArea(db(), m.id, {}, { openThreads: true });
    const counts = Object.fromEntries(areas.flatMap((a) => a.requirements.map((r) => [r.ref, r.openThreads])));
    expect(counts).toEqual({ "BR-01": 2, "BR-02": 0, "BR-03": 0 });
    const { areas: withoutCounts } = await findRequirementsByArea(db(), m.id, {});
    expect(withoutCounts.flatMap((a) => a.requirements.map((r) => r.openThreads))).toEqual([null, null, null]);
  });
});

describe("the comments log export", () => {
  const HEADER = [
    "Number", "Round", "Committee", "Requirement / section", "Made on version", "Current version", "Quoted passage", "Comment", "Kind", "Raised by",
    "Organisation", "Severity", "Response", "Responded by", "Status", "Disposition", "Disposition reason", "Addressed in version", "Raised on", "Responded on", "Last changed",
  ];

  it("is a CSV in the shape SECAS publishes, formulas defused, that parses back", async () => {
    const file = await exportCommentsLog(db(), m, "csv", filter());
    expect(file).toMatchObject({ contentType: "text/csv; charset=utf-8", filename: "DP701-comments-log.csv" });
    const [header, ...rows] = parse(file.body as string, { bom: true }) as string[][];
    expect(header).toEqual(HEADER);
    const row = (n: number) => Object.fromEntries(HEADER.map((h, i) => [h, rows[n - 1]![i]]));
    expect(rows.map((r) => r[0])).toEqual(["C-1", "C-2", "C-3", "C-4", "C-5"]);
    expect(row(1)).toMatchObject({
      Committee: "TABASC",
      "Requirement / section": "BR-01",
      "Made on version": "1",
      "Current version": "3",
      "Quoted passage": "the Target Response Time",
      Severity: "Major",
      Response: "Appendix A, table 3: clarified in version 2.",
      Status: "Open",
      "Addressed in version": "v2, v3",
      "Responded on": "2026-03-03T10:00:00.000Z",
    });
    expect(row(2)).toMatchObject({ Status: "Resolved", Disposition: "Rejected", "Disposition reason": "Out of scope of this modification." });
    expect(row(3)["Requirement / section"]).toBe("Question 1: Is the problem clear?");
    expect(row(4)).toMatchObject({ Status: "Withdrawn", Comment: "(withdrawn)", "Requirement / section": "General" });
    expect(row(5).Comment).toBe("'=HYPERLINK(\"http://evil.example\",\"click\")");
  });

  it("keeps the page's filters", async () => {
    const file = await exportCommentsLog(db(), m, "csv", filter({ status: "OPEN" }));
    const rows = parse(file.body as string, { bom: true, from_line: 2 }) as string[][];
    expect(rows.map((r) => r[0])).toEqual(["C-1", "C-5"]);
  });

  it("is an XLSX workbook that Excel's format reads back", async () => {
    const file = await exportCommentsLog(db(), m, "xlsx", filter());
    const bytes = Buffer.from(file.body as Uint8Array);
    expect(bytes.subarray(0, 4)).toEqual(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
    expect(file.filename).toBe("DP701-comments-log.xlsx");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(HEADER);
    expect(sheet.rowCount).toBe(6);
    expect(sheet.getRow(2).getCell(1).value).toBe("C-1");
    expect(sheet.getRow(2).getCell(19).value).toBeInstanceOf(Date);
  });
});
