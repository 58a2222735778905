import { PrismaPg } from "@prisma/adapter-pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { seedDatabase } from "@/lib/seed/seed-database";
import { createActor } from "@/test/support/actors";
import { resetDatabase } from "@/test/support/database";
import { recordAuditEvent, type AuditEventInput } from "./record-audit-event";
import { actionLabel, describeChanges, fieldLabel, SHORT_VALUE_LENGTH, shortened } from "./describe-changes";
import { AUDIT_PAGE_SIZE, auditFilterSchema, findAuditEvents, startOfLondonDay } from "./find-audit-events";

const filter = (values: Record<string, unknown> = {}) => auditFilterSchema.parse(values);
const LONG_BODY = "The MDR User shall only send Service Requests to Devices at metering points for which it holds a current MDR appointment. ".repeat(2);

/** Records an event the way the domain does; a date makes it a past one (the domain never backdates, the test needs several days). */
async function record(event: AuditEventInput, at?: string) {
  await db().$transaction(async (tx) => {
    if (at) await tx.auditEvent.create({ data: { ...event, createdAt: new Date(at) } });
    else await recordAuditEvent(tx, event);
  });
}

describe("the audit log of a modification", () => {
  let dp162: string;
  let br01: { id: string; areaId: string };
  let people: Record<"wg" | "wg2" | "secas" | "dcc", { id: string; name: string }>;

  beforeAll(async () => {
    await resetDatabase();
    await seedDatabase(db(), { demoAccounts: false });
    dp162 = (await db().modification.findUniqueOrThrow({ where: { draftRef: "DP162" } })).id;
    br01 = await db().requirement.findFirstOrThrow({ where: { modificationId: dp162, ref: "BR-01" }, select: { id: true, areaId: true } });
    people = { wg: await createActor("WORKING_GROUP"), wg2: await createActor("WORKING_GROUP"), secas: await createActor("SECAS"), dcc: await createActor("DCC_ANALYST") };
    const on = { modificationId: dp162, entityType: "Requirement", entityId: br01.id };
    const { wg, wg2, secas, dcc } = people;
    await record({ ...on, actorId: wg.id, action: "requirement.created", after: { title: "MDR role", body: "Short.", status: "DRAFT", areaId: br01.areaId, version: 1 } }, "2026-03-02T10:00:00Z");
    await record({ ...on, actorId: wg2.id, action: "requirement.updated", before: { title: "MDR role", body: "Short.", version: 1 }, after: { title: "MDR User Role", body: LONG_BODY, version: 2 } }, "2026-03-05T10:00:00Z");
    await record({ ...on, actorId: secas.id, action: "requirement.agreed", before: { status: "PROPOSED", version: 2 }, after: { status: "AGREED", version: 3 } }, "2026-04-10T09:00:00Z");
    // 00:30 on 1 July in London (BST), still 30 June in UTC
    await record({ ...on, actorId: dcc.id, action: "requirement.updated", before: { title: "MDR User Role" }, after: { title: "Metering Data Retrieval User Role" } }, "2026-06-30T23:30:00Z");
    await record({ ...on, actorId: wg.id, action: "requirement.updated", before: { version: 3 }, after: { version: 4 } });
    // not this modification's: an account change, and another modification's event
    await record({ actorId: secas.id, action: "user.created", entityType: "User", entityId: wg.id, after: { name: wg.name } });
    const other = await db().modification.create({
      data: { number: 999, draftRef: "DP999", title: "Other", stage: "DEVELOPMENT", proposerId: (await db().organisation.findFirstOrThrow()).id, raisedOn: new Date(), summary: "", issue: "", solution: "", whoIsImpacted: "", secDocumentsAffected: "" },
    });
    const outsider = await createActor("REVIEWER");
    await record({ modificationId: other.id, actorId: outsider.id, action: "requirement.withdrawn", entityType: "Requirement", entityId: "x" });
  });

  it("lists only this modification's events, newest first, with who, what and when", async () => {
    const page = await findAuditEvents(db(), dp162, filter());
    expect(page.total).toBe(5);
    expect(page.events.map((e) => e.actorName)).toEqual([people.wg.name, people.dcc.name, people.secas.name, people.wg2.name, people.wg.name]);
    expect(page.events.map((e) => e.createdAt.getTime())).toEqual(page.events.map((e) => e.createdAt.getTime()).sort((a, b) => b - a));
    expect(page.events[2]).toMatchObject({ action: "Requirement agreed", entity: "Requirement BR-01", requirementRef: "BR-01" });
    expect(page.actors.map((a) => a.name)).toEqual([people.wg.name, people.wg2.name, people.secas.name, people.dcc.name].sort());
    expect(page.actions).toEqual([
      { value: "requirement.agreed", label: "Requirement agreed" },
      { value: "requirement.created", label: "Requirement created" },
      { value: "requirement.updated", label: "Requirement updated" },
    ]);
  });

  it("filters by person, by kind and by dates, which are London days", async () => {
    const byPerson = await findAuditEvents(db(), dp162, filter({ actor: people.wg.id }));
    expect(byPerson.events.map((e) => e.action)).toEqual(["Requirement updated", "Requirement created"]);
    expect((await findAuditEvents(db(), dp162, filter({ action: "requirement.updated" }))).total).toBe(3);
    expect((await findAuditEvents(db(), dp162, filter({ action: "requirement.updated", actor: people.wg2.id }))).total).toBe(1);
    const march = await findAuditEvents(db(), dp162, filter({ from: "2026-03-01", to: "2026-03-31" }));
    expect(march.events.map((e) => e.actorName)).toEqual([people.wg2.name, people.wg.name]);
    expect((await findAuditEvents(db(), dp162, filter({ from: "2026-07-01", to: "2026-07-01" }))).events.map((e) => e.actorName)).toEqual([people.dcc.name]);
    expect((await findAuditEvents(db(), dp162, filter({ to: "2026-06-30" }))).total).toBe(3);
    expect((await findAuditEvents(db(), dp162, filter({ from: "2026-03-05", to: "2026-03-05" }))).total).toBe(1);
    // the filter lists stay whole while filtering
    expect(byPerson.actors).toHaveLength(4);
  });

  it("shows before → after as the fields that changed, readably", async () => {
    const { events } = await findAuditEvents(db(), dp162, filter());
    const created = events[4]!.changes;
    expect(created.map((c) => [c.label, c.before, c.after])).toEqual([
      ["Title", null, "MDR role"],
      ["Status", null, "Draft"],
      ["Area", null, "MDR User Role"],
      ["Text", null, "Short."],
      ["Version", null, "1"],
    ]);
    const edited = events[3]!.changes;
    expect(edited.map((c) => c.label)).toEqual(["Title", "Text", "Version"]);
    expect(edited[0]).toMatchObject({ before: "MDR role", after: "MDR User Role", diff: null });
    expect(edited[1]!.after).toBe(LONG_BODY);
    expect(edited[1]!.diff?.filter((p) => p.kind === "removed").map((p) => p.text).join("")).toMatch(/^Short\.?$/);
    expect(events[2]!.changes.map((c) => [c.label, c.before, c.after])).toEqual([["Status", "Proposed", "Agreed"], ["Version", "2", "3"]]);
  });

  it("pages through many events, 50 at a time, in a fixed number of queries", async () => {
    const base = new Date("2025-01-01T12:00:00Z").getTime();
    await db().auditEvent.createMany({
      data: Array.from({ length: 60 }, (_, i) => ({
        modificationId: dp162, actorId: people.dcc.id, action: "impact.recorded", entityType: "ImpactAssessment", entityId: `impact-${i}`, createdAt: new Date(base + i * 60_000),
      })),
    });
    const first = await findAuditEvents(db(), dp162, filter({ action: "impact.recorded" }));
    const second = await findAuditEvents(db(), dp162, filter({ action: "impact.recorded", page: "2" }));
    expect([first.total, first.pageCount, first.events.length, second.events.length]).toEqual([60, 2, AUDIT_PAGE_SIZE, 10]);
    expect(first.events[0]!.entity).toBe("Impact assessment");
    const ids = [...first.events, ...second.events].map((e) => e.id);
    expect(new Set(ids).size).toBe(60);
    expect((await findAuditEvents(db(), dp162, filter({ page: "3" }))).events).toEqual([]);

    const statements = await countStatements(async (client) => {
      await findAuditEvents(client, dp162, filter({ action: "requirement.agreed" }));
    });
    const manyStatements = await countStatements(async (client) => {
      await findAuditEvents(client, dp162, filter());
    });
    expect(statements).toBeLessThanOrEqual(6);
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

describe("describing a change", () => {
  it("lists the fields that differ, with — (null) for a missing side", () => {
    expect(describeChanges({ title: "A", version: 1, disabled: false }, { title: "A", version: 2, disabled: true, note: "new" })).toEqual([
      { field: "version", label: "Version", before: "1", after: "2", diff: null },
      { field: "disabled", label: "Disabled", before: "No", after: "Yes", diff: null },
      { field: "note", label: "Note", before: null, after: "new", diff: null },
    ]);
    expect(describeChanges({ role: "REVIEWER" }, null)).toEqual([{ field: "role", label: "Role", before: "REVIEWER", after: null, diff: null }]);
    expect(describeChanges("old", "new")).toEqual([{ field: "value", label: "Value", before: "old", after: "new", diff: null }]);
    expect(describeChanges({ systems: ["DSP"] }, { systems: ["DSP", "CSP"] })[0]).toMatchObject({ before: '["DSP"]', after: '["DSP","CSP"]' });
    expect(describeChanges(null, null)).toEqual([]);
  });

  it("labels fields and kinds of change in words, and cuts long values at a word", () => {
    expect(["targetRequirementId", "changeNote", "areaId", "body"].map(fieldLabel)).toEqual(["Target requirement", "Change note", "Area", "Text"]);
    expect(actionLabel("user.accessChanged")).toBe("User access changed");
    const long = "word ".repeat(40).trim();
    expect(shortened(long)).toMatch(/^(word )+word…$/);
    expect(shortened(long).length).toBeLessThanOrEqual(SHORT_VALUE_LENGTH + 1);
    expect(shortened("short")).toBe("short");
  });
});
