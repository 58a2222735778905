import { PrismaPg } from "@prisma/adapter-pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { COMMITTEE_LABELS, ROLE_LABELS } from "@/lib/labels";
import { PrismaClient, type Prisma } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { seedDatabase } from "@/lib/seed/seed-database";
import { createActor } from "@/test/support/actors";
import { resetDatabase } from "@/test/support/database";
import { recordAuditEvent, type AuditEventInput } from "./record-audit-event";
import { actionLabel, describeChanges, SHORT_VALUE_LENGTH, shortened } from "./describe-changes";
import { field, type AuditEventKind } from "./event-kind";
import { AUDIT_ACTIONS } from "./events";
import { AUDIT_PAGE_SIZE, auditFilterSchema, findAuditEvents, startOfLondonDay } from "./find-audit-events";

const filter = (values: Record<string, unknown> = {}) => auditFilterSchema.parse(values);
const LONG_BODY = "The MDR User shall only send Service Requests to Devices at metering points for which it holds a current MDR appointment. ".repeat(2);

/** Records an event the way the domain does; a date makes it a past one (the domain never backdates, the test needs several days). */
async function record(event: AuditEventInput, at?: string) {
  await db().$transaction(async (tx) => {
    if (at) await tx.auditEvent.create({ data: { ...(event as unknown as Prisma.AuditEventUncheckedCreateInput), createdAt: new Date(at) } });
    else await recordAuditEvent(tx, event);
  });
}

async function createModification(number: number) {
  const proposerId = (await db().organisation.findFirstOrThrow()).id;
  return db().modification.create({
    data: { number, draftRef: `DP${number}`, title: `Modification ${number}`, stage: "DEVELOPMENT", proposerId, raisedOn: new Date(), summary: "", issue: "", solution: "", whoIsImpacted: "", secDocumentsAffected: "" },
  });
}

describe("the audit log of a modification", () => {
  let dp162: string;
  let br01: { id: string; areaId: string };
  let people: Record<"wg" | "wg2" | "secas" | "dcc", CurrentUser>;
  let reader: CurrentUser;

  beforeAll(async () => {
    await resetDatabase();
    await seedDatabase(db(), { demoAccounts: false });
    dp162 = (await db().modification.findUniqueOrThrow({ where: { draftRef: "DP162" } })).id;
    br01 = await db().requirement.findFirstOrThrow({ where: { modificationId: dp162, ref: "BR-01" }, select: { id: true, areaId: true } });
    people = { wg: await createActor("WORKING_GROUP"), wg2: await createActor("WORKING_GROUP"), secas: await createActor("SECAS"), dcc: await createActor("DCC_ANALYST") };
    reader = await createActor("REVIEWER");
    const on = { modificationId: dp162, entityType: "Requirement", entityId: br01.id } as const;
    const { wg, wg2, secas, dcc } = people;
    const v1 = { title: "MDR role", body: "Short.", status: "DRAFT", areaId: br01.areaId, position: 1, version: 1 } as const;
    const v2 = { ...v1, title: "MDR User Role", body: LONG_BODY, version: 2 };
    const v3 = { ...v2, status: "AGREED", version: 3 } as const;
    const v4 = { ...v3, title: "Metering Data Retrieval User Role", version: 4 };
    await record({ ...on, actorId: wg.id, action: "requirement.created", after: { ref: "BR-01", title: v1.title, body: v1.body, status: v1.status, areaId: v1.areaId, version: 1, changeNote: "First draft" } }, "2026-03-02T10:00:00Z");
    await record({ ...on, actorId: wg2.id, action: "requirement.updated", before: v1, after: { ...v2, changeNote: "Renamed" } }, "2026-03-05T10:00:00Z");
    await record({ ...on, actorId: secas.id, action: "requirement.statusChanged", before: v2, after: { ...v3, changeNote: "Agreed: WG meeting 12" } }, "2026-04-10T09:00:00Z");
    // 00:30 on 1 July in London (BST), still 30 June in UTC
    await record({ ...on, actorId: dcc.id, action: "requirement.updated", before: v3, after: { ...v4, changeNote: "Spelt out" } }, "2026-06-30T23:30:00Z");
    await record({ ...on, actorId: wg.id, action: "requirement.updated", before: v4, after: { ...v4, version: 5, changeNote: "Saved again" } });
    // not this modification's: an account change, and another modification's event
    await record({ actorId: secas.id, action: "user.created", entityType: "User", entityId: wg.id, after: { id: wg.id, name: wg.name, email: wg.email, role: "WORKING_GROUP", committee: null, organisationId: null, disabled: false } });
    const other = await createModification(999);
    const outsider = await createActor("REVIEWER");
    await record({ modificationId: other.id, actorId: outsider.id, action: "requirement.statusChanged", entityType: "Requirement", entityId: "x", before: v3, after: { ...v3, status: "WITHDRAWN", changeNote: "Withdrawn: x" } });
  });

  it("lists only this modification's events, newest first, with who, what and when", async () => {
    const page = await findAuditEvents(db(), reader, dp162, filter());
    expect(page.total).toBe(5);
    expect(page.events.map((e) => e.actorName)).toEqual([people.wg.name, people.dcc.name, people.secas.name, people.wg2.name, people.wg.name]);
    expect(page.events.map((e) => e.createdAt.getTime())).toEqual(page.events.map((e) => e.createdAt.getTime()).sort((a, b) => b - a));
    expect(page.events[2]).toMatchObject({ action: "Status changed", entity: "Requirement BR-01", requirementRef: "BR-01" });
    expect(page.actors.map((a) => a.name)).toEqual([people.wg.name, people.wg2.name, people.secas.name, people.dcc.name].sort());
    expect(page.actions).toEqual([
      { value: "requirement.created", label: "Requirement created" },
      { value: "requirement.statusChanged", label: "Status changed" },
      { value: "requirement.updated", label: "Requirement edited" },
    ]);
  });

  it("filters by person, by kind and by dates, which are London days", async () => {
    const byPerson = await findAuditEvents(db(), reader, dp162, filter({ actor: people.wg.id }));
    expect(byPerson.events.map((e) => e.action)).toEqual(["Requirement edited", "Requirement created"]);
    expect((await findAuditEvents(db(), reader, dp162, filter({ action: "requirement.updated" }))).total).toBe(3);
    expect((await findAuditEvents(db(), reader, dp162, filter({ action: "requirement.updated", actor: people.wg2.id }))).total).toBe(1);
    const march = await findAuditEvents(db(), reader, dp162, filter({ from: "2026-03-01", to: "2026-03-31" }));
    expect(march.events.map((e) => e.actorName)).toEqual([people.wg2.name, people.wg.name]);
    expect((await findAuditEvents(db(), reader, dp162, filter({ from: "2026-07-01", to: "2026-07-01" }))).events.map((e) => e.actorName)).toEqual([people.dcc.name]);
    expect((await findAuditEvents(db(), reader, dp162, filter({ to: "2026-06-30" }))).total).toBe(3);
    expect((await findAuditEvents(db(), reader, dp162, filter({ from: "2026-03-05", to: "2026-03-05" }))).total).toBe(1);
    // the filter lists stay whole while filtering
    expect(byPerson.actors).toHaveLength(4);
  });

  it("shows before → after as the fields that changed, read as each kind says", async () => {
    const { events } = await findAuditEvents(db(), reader, dp162, filter());
    const created = events[4]!.changes;
    expect(created.map((c) => [c.label, c.before, c.after])).toEqual([
      ["Reference", null, "BR-01"],
      ["Title", null, "MDR role"],
      ["Status", null, "Draft"],
      ["Area", null, "MDR User Role"],
      ["Text", null, "Short."],
      ["Change note", null, "First draft"],
      ["Version", null, "1"],
    ]);
    const edited = events[3]!.changes;
    expect(edited.map((c) => c.label)).toEqual(["Title", "Text", "Change note", "Version"]);
    expect(edited[0]).toMatchObject({ before: "MDR role", after: "MDR User Role", diff: null });
    expect(edited[1]!.after).toBe(LONG_BODY);
    expect(edited[1]!.diff?.filter((p) => p.kind === "removed").map((p) => p.text).join("")).toMatch(/^Short\.?$/);
    expect(events[2]!.changes.map((c) => [c.label, c.before, c.after])).toEqual([["Status", "Draft", "Agreed"], ["Change note", null, "Agreed: WG meeting 12"], ["Version", "2", "3"]]);
  });

  it("pages through many events, 50 at a time, in a fixed number of queries", async () => {
    const base = new Date("2025-01-01T12:00:00Z").getTime();
    await db().auditEvent.createMany({
      data: Array.from({ length: 60 }, (_, i) => ({
        modificationId: dp162, actorId: people.dcc.id, action: "serviceRequest.updated", entityType: "ServiceRequest", entityId: `sr-${i}`, createdAt: new Date(base + i * 60_000),
      })),
    });
    const first = await findAuditEvents(db(), reader, dp162, filter({ action: "serviceRequest.updated" }));
    const second = await findAuditEvents(db(), reader, dp162, filter({ action: "serviceRequest.updated", page: "2" }));
    expect([first.total, first.pageCount, first.events.length, second.events.length]).toEqual([60, 2, AUDIT_PAGE_SIZE, 10]);
    expect(first.events[0]!.entity).toBe("Service Request");
    const ids = [...first.events, ...second.events].map((e) => e.id);
    expect(new Set(ids).size).toBe(60);
    expect((await findAuditEvents(db(), reader, dp162, filter({ page: "3" }))).events).toEqual([]);

    const statements = await countStatements(async (client) => {
      await findAuditEvents(client, reader, dp162, filter({ action: "requirement.statusChanged" }));
    });
    const manyStatements = await countStatements(async (client) => {
      await findAuditEvents(client, reader, dp162, filter());
    });
    expect(statements).toBeLessThanOrEqual(7);
    expect(manyStatements).toBe(statements);
  });

  it("ignores filter values that make no sense", () => {
    expect(filter({ actor: "  ", action: ["requirement.updated", "x"], from: "2026-02-30", to: "yesterday", page: "-2" })).toEqual({
      actor: undefined, action: "requirement.updated", from: undefined, to: undefined, page: 1,
    });
  });

  it("starts London days at London midnight, across the clock changes", () => {
    expect(startOfLondonDay("2026-01-15").toISOString()).toBe("2026-01-15T00:00:00.000Z");
    expect(startOfLondonDay("2026-07-01").toISOString()).toBe("2026-06-30T23:00:00.000Z");
    expect(startOfLondonDay("2026-03-29").toISOString()).toBe("2026-03-29T00:00:00.000Z"); // clocks go forward at 01:00
    expect(startOfLondonDay("2026-10-25").toISOString()).toBe("2026-10-24T23:00:00.000Z"); // clocks go back at 02:00 BST
  });
});

/** The SQL statements `work` sends, counted by a client of its own that logs every query. */
const clients: PrismaClient[] = [];
afterAll(() => Promise.all(clients.map((c) => c.$disconnect())));
async function countStatements(work: (client: PrismaClient) => Promise<void>): Promise<number> {
  const client = new PrismaClient({ adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL! }), log: [{ emit: "event", level: "query" }] });
  clients.push(client);
  let count = 0;
  client.$on("query", () => count++);
  await work(client);
  return count;
}

describe("who may read what in the audit log", () => {
  // A confidential consultation answer, recorded with a marker no other event carries: nothing
  // about it may reach a reader who may not read confidential responses.
  const MARKER = "MARKER-7f3c-confidential-rationale";
  let secret: string;
  let open: string;
  let respondent: CurrentUser;
  let editor: CurrentUser;

  beforeAll(async () => {
    await resetDatabase();
    await seedDatabase(db(), { demoAccounts: false });
    [secret, open] = [(await createModification(501)).id, (await createModification(502)).id];
    [respondent, editor] = [await createActor("PARTY_RESPONDENT"), await createActor("WORKING_GROUP")];
    const response = (modificationId: string, confidential: boolean, rationale: string): AuditEventInput<"consultationResponse.submitted"> => ({
      modificationId,
      actorId: respondent.id,
      action: "consultationResponse.submitted",
      entityType: "Response",
      entityId: `response-${modificationId}`,
      after: { consultation: "MP162 Refinement Consultation", organisation: "Kestrel Power", confidential, version: 1, answers: [{ question: 1, position: "DISAGREE", rationale }] },
    });
    await record({ modificationId: secret, actorId: editor.id, action: "requirement.moved", entityType: "Requirement", entityId: "r1", before: { position: 1 }, after: { position: 2, swappedWith: "BR-02" } });
    await record(response(secret, true, `Our costs are ${MARKER}`));
    // recorded without the flag (say, by a bug): hidden as if confidential
    await db().auditEvent.create({
      data: { modificationId: secret, actorId: respondent.id, action: "consultationResponse.submitted", entityType: "Response", entityId: "unflagged", after: { organisation: MARKER } },
    });
    await record(response(open, false, "We agree"));
  });

  it.each(["WORKING_GROUP", "DCC_ANALYST", "REVIEWER"] as const)("a %s never gets a confidential answer: not in the events, the totals, the kinds or the people", async (role) => {
    const reader = await createActor(role);
    const page = await findAuditEvents(db(), reader, secret, filter());
    expect(JSON.stringify(page)).not.toContain(MARKER);
    expect(page.total).toBe(1);
    expect(page.events.map((e) => e.action)).toEqual(["Requirement moved"]);
    expect(page.actions.map((a) => a.value)).toEqual(["requirement.moved"]);
    expect(page.actors.map((a) => a.id)).toEqual([editor.id]);
    const asked = await findAuditEvents(db(), reader, secret, filter({ action: "consultationResponse.submitted" }));
    expect([asked.total, asked.events, asked.pageCount]).toEqual([0, [], 1]);
    expect((await findAuditEvents(db(), reader, secret, filter({ actor: respondent.id }))).total).toBe(0);
  });

  it("shows a response that is not confidential to those who may read the collation (the Working Group), no other audit reader", async () => {
    // the rule is about the answer, not only the kind: the same kind of event, not confidential, shows
    const openPage = await findAuditEvents(db(), editor, open, filter());
    expect(openPage.events.map((e) => [e.action, e.entity])).toEqual([["Consultation response submitted", "Consultation response"]]);
    expect(openPage.events[0]!.changes.find((c) => c.label === "Answers")?.after).toBe("Q1 Disagree: We agree");
    for (const role of ["DCC_ANALYST", "REVIEWER"] as const) {
      const page = await findAuditEvents(db(), await createActor(role), open, filter());
      expect([page.total, page.events, page.actions, page.actors]).toEqual([0, [], [], []]);
    }
  });

  it("shows a draft response, the collation's working and a Change Board meeting's votes only to those who may read them elsewhere", async () => {
    const { id: m } = await createModification(503);
    const on = { modificationId: m, actorId: editor.id };
    await record({ ...on, action: "consultationResponse.saved", entityType: "Response", entityId: "r1", after: { consultation: "MP162 Refinement Consultation", organisation: "Kestrel Power", status: "DRAFT", confidential: false, version: 1, answers: [{ question: 1, position: "AGREE", rationale: "Draft thoughts" }] } });
    await record({ ...on, action: "collation.themesTagged", entityType: "Answer", entityId: "a1", before: { themes: [] }, after: { question: 1, themes: ["Cost"], confidential: false } });
    await record({ ...on, action: "collation.summaryWritten", entityType: "Question", entityId: "q1", before: { summary: "", version: 1 }, after: { question: 1, summary: "Most agree.", version: 2 } });
    await record({ ...on, action: "changeBoard.meetingRecorded", entityType: "ChangeBoardMeeting", entityId: "cb1", after: { reference: "CB-1", heldOn: "2026-11-20", report: "v1.0", version: 1 } });
    await record({ ...on, action: "changeBoard.voteRecorded", entityType: "ChangeBoardVote", entityId: "v1", after: { meeting: "CB-1", memberName: "Ann", organisation: "Kestrel Power", votingGroup: "SMALL_SUPPLIER", vote: "APPROVE", rationale: "Fine" } });
    const seen = async (role: Role) => (await findAuditEvents(db(), await createActor(role), m, filter())).actions.map((a) => a.value);
    expect(await seen("REVIEWER")).toEqual([]);
    expect(await seen("DCC_ANALYST")).toEqual([]);
    expect(await seen("WORKING_GROUP")).toEqual(["collation.summaryWritten", "collation.themesTagged"]);
    expect(await seen("SECAS")).toEqual(["changeBoard.meetingRecorded", "changeBoard.voteRecorded", "collation.summaryWritten", "collation.themesTagged", "consultationResponse.saved"]);
  });

  it("SECAS, who may read confidential responses, gets all of it", async () => {
    const page = await findAuditEvents(db(), await createActor("SECAS"), secret, filter());
    expect(page.total).toBe(3);
    expect(JSON.stringify(page.events)).toContain(`Q1 Disagree: Our costs are ${MARKER}`);
    expect(page.actions.map((a) => a.value)).toEqual(["consultationResponse.submitted", "requirement.moved"]);
    expect(page.actors.map((a) => a.id).sort()).toEqual([editor.id, respondent.id].sort());
  });

  it("someone who may not read the audit gets nothing, whatever they ask for", async () => {
    for (const reader of [await createActor("PARTY_RESPONDENT"), null]) {
      for (const modificationId of [secret, open]) {
        const page = await findAuditEvents(db(), reader, modificationId, filter());
        expect([page.total, page.events, page.actions, page.actors]).toEqual([0, [], [], []]);
      }
    }
  });
});

describe("describing a change", () => {
  it("reads each kind's fields as the registry says, in its order, with — (null) for a missing side", () => {
    const access = { role: "REVIEWER", committee: "OPSG", organisationId: null, disabled: false, version: 1 };
    expect(describeChanges("user.accessChanged", access, { ...access, role: "WORKING_GROUP", committee: null, disabled: true, version: 2 })).toEqual([
      { field: "role", label: "Role", before: "Reviewer", after: "Working Group member", diff: null },
      { field: "committee", label: "Committee", before: "OPSG", after: null, diff: null },
      { field: "disabled", label: "Disabled", before: "No", after: "Yes", diff: null },
      { field: "version", label: "Version", before: "1", after: "2", diff: null },
    ]);
    const baseline = describeChanges("baseline.created", null, { id: "b1", name: "BR v0.1", description: null, versions: { "BR-01": 3, "BR-02": 1 } });
    expect(baseline.map((c) => [c.label, c.after])).toEqual([["Name", "BR v0.1"], ["Requirement versions", "BR-01 v3, BR-02 v1"], ["Baseline id", "b1"]]);
    const imported = describeChanges("requirements.imported", null, { fileName: "a.xlsx", created: 2, updated: 0, unchanged: 3, createdRefs: ["BR-16", "BR-17"], updatedRefs: [] });
    expect(imported.map((c) => [c.label, c.after])).toEqual([["File", "a.xlsx"], ["Added", "2"], ["Changed", "0"], ["Unchanged", "3"], ["Added requirements", "BR-16, BR-17"]]);
    expect(describeChanges("requirement.created", null, null)).toEqual([]);
  });

  it("reads stored enum values by their labels, and a value no label names as it is stored", () => {
    const read = (action: string, before: Prisma.JsonValue, after: Prisma.JsonValue) => describeChanges(action, before, after).map((c) => [c.label, c.before, c.after]);
    expect(read("dccAssessment.superseded", { status: "RECEIVED", version: 2 }, { status: "SUPERSEDED", supersededBy: "a2", version: 3 })[0]).toEqual(["Status", "Received", "Superseded"]);
    expect(read("comment.resolved", { status: "RESPONDED", version: 1 }, { status: "RESOLVED", disposition: "ACCEPTED_IN_PART", dispositionReason: null, version: 2 }).slice(0, 2)).toEqual([
      ["Status", "Responded", "Resolved"],
      ["Disposition", null, "Accepted in part"],
    ]);
    expect(read("decision.recorded", null, { decidedBy: "CHANGE_BOARD", outcome: "APPROVED", decidedOn: "2027-01-20", reference: "D1", implementationRelease: null }).slice(0, 2)).toEqual([
      ["Decided by", null, "Change Board (self-governance)"],
      ["Decision", null, "Approved"],
    ]);
    expect(read("dccAssessment.superseded", { status: "ARCHIVED" }, { status: "toString" })[0]).toEqual(["Status", "ARCHIVED", "toString"]);
  });

  it("still shows what a kind does not list (an older payload), after the rest, as it is", () => {
    expect(describeChanges("requirement.moved", { position: 1 }, { position: 2, swappedWith: "BR-02", systems: ["DSP", "CSP"] })).toEqual([
      { field: "position", label: "Place in its area", before: "1", after: "2", diff: null },
      { field: "swappedWith", label: "Swapped with", before: null, after: "BR-02", diff: null },
      { field: "systems", label: "systems", before: null, after: '["DSP","CSP"]', diff: null },
    ]);
    expect(describeChanges("no.suchKind", "old", "new")).toEqual([{ field: "value", label: "value", before: "old", after: "new", diff: null }]);
  });

  it("names kinds from the registry, and cuts long values at a word", () => {
    expect(actionLabel("user.accessChanged")).toBe("Account access changed");
    expect(AUDIT_ACTIONS.map(actionLabel).every((label) => /^[A-Z][a-z]/.test(label))).toBe(true);
    expect(actionLabel("no.suchKind")).toBe("no.suchKind");
    const long = "word ".repeat(40).trim();
    expect(shortened(long)).toMatch(/^(word )+word…$/);
    expect(shortened(long).length).toBeLessThanOrEqual(SHORT_VALUE_LENGTH + 1);
    expect(shortened("short")).toBe("short");
  });
});

/** Compiled, never run: recordAuditEvent takes only registered kinds, each with its own payload. */
export async function typeChecks(tx: Prisma.TransactionClient) {
  const on = { actorId: null, modificationId: "m", entityType: "Requirement", entityId: "r" } as const;
  await recordAuditEvent(tx, { ...on, action: "requirement.moved", before: { position: 1 }, after: { position: 2, swappedWith: "BR-02" } });
  // @ts-expect-error an unknown kind
  await recordAuditEvent(tx, { ...on, action: "requirement.agreed", after: {} });
  // @ts-expect-error a move says what it swapped with
  await recordAuditEvent(tx, { ...on, action: "requirement.moved", before: { position: 1 }, after: { position: 2 } });
  // @ts-expect-error a requirement event belongs to a modification
  await recordAuditEvent(tx, { ...on, modificationId: undefined, action: "requirement.moved", before: { position: 1 }, after: { position: 2, swappedWith: "BR-02" } });
  // @ts-expect-error a confidential flag is a boolean
  await recordAuditEvent(tx, { ...on, entityType: "Response", action: "consultationResponse.submitted", after: { consultation: "c", organisation: "o", confidential: "yes", version: 1, answers: [] } });
}

/** Compiled, never run: a kind's fields are its payload's, each enum read through labels that name every value. */
export function registryTypeChecks(): AuditEventKind<"user.created">[] {
  const kind = { label: "Account created", subject: "Account", entityType: "User", visibleTo: { to: "auditReaders" } } as const;
  const fields = {
    name: field("Name"),
    email: field("Email"),
    role: field("Role", ROLE_LABELS),
    committee: field("Committee", COMMITTEE_LABELS),
    organisationId: field("Organisation"),
    disabled: field("Disabled", "yesNo"),
    id: field("Account id"),
  };
  return [
    { ...kind, fields },
    // @ts-expect-error a creation's fields are its payload's too: one is missing
    { ...kind, fields: { ...fields, id: undefined } },
    // @ts-expect-error labels that lack one of the enum's values (the Working Group)
    { ...kind, fields: { ...fields, committee: field("Committee", { OPSG: "OPSG", TABASC: "TABASC", SSC: "SSC", CSC: "CSC" }) } },
    // @ts-expect-error an enum read as plain text
    { ...kind, fields: { ...fields, role: field("Role") } },
  ];
}
