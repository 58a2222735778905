import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { PartyCategory, Role } from "@/lib/generated/prisma/enums";
import { londonDateAndTime } from "@/lib/dates/london";
import { resetDatabase } from "@/test/support/database";
import { demoAccountsWanted, seedDatabase } from "./seed-database";

async function rowCounts() {
  const d = db();
  return {
    organisations: await d.organisation.count(),
    users: await d.user.count(),
    modifications: await d.modification.count(),
    requirements: await d.requirement.count(),
    versions: await d.requirementVersion.count(),
    links: await d.traceLink.count(),
    serviceRequests: await d.serviceRequest.count(),
    reviewRounds: await d.reviewRound.count(),
    reviewQuestions: await d.reviewQuestion.count(),
    baselines: await d.baseline.count(),
    milestones: await d.milestone.count(),
    comments: await d.comment.count(),
  };
}

describe("seeding DP162", () => {
  beforeEach(resetDatabase);

  it("creates the modification with its four areas, requirements, Service Requests, rounds and timeline", async () => {
    const { createdDp162 } = await seedDatabase(db(), { demoAccounts: true });
    expect(createdDp162).toBe(true);

    const m = await db().modification.findUniqueOrThrow({
      where: { number: 162 },
      include: {
        proposer: true,
        areas: { orderBy: { position: "asc" }, include: { requirements: true } },
        serviceRequests: true,
        reviewRounds: { include: { questions: { orderBy: { number: "asc" } } }, orderBy: { opensAt: "asc" } },
        milestones: { orderBy: { occurredOn: "asc" } },
      },
    });
    expect(m.draftRef).toBe("DP162");
    expect(m.proposalRef).toBe("MP162");
    expect(m.title).toBe("SEC changes required to deliver MHHS");
    expect(m.proposer.kind).toBe("DCC");
    expect(m.raisedOn.toISOString().slice(0, 10)).toBe("2021-05-25");
    expect(m.issue).toContain("Target Operating Model");
    expect(m.areas.map((a) => a.title)).toEqual([
      "MDR User Role",
      "Service Requests, Target Response Times and testing",
      "Security and data privacy",
      "User Entry Process",
    ]);
    for (const area of m.areas) expect(area.requirements.length).toBeGreaterThan(0);
    const requirements = m.areas.flatMap((a) => a.requirements);
    expect(requirements.length).toBeGreaterThanOrEqual(12);
    expect(requirements.every((r) => r.status === "DRAFT")).toBe(true);
    // BR-11 alone has a second version: the illustrative edit that addressed SSC's comment C-3
    expect(requirements.filter((r) => r.version !== 1).map((r) => [r.ref, r.version])).toEqual([["BR-11", 2]]);
    expect(m.nextRequirementNumber).toBe(requirements.length + 1);

    const srNumbers = m.serviceRequests.map((s) => s.number);
    expect(srNumbers).toEqual(expect.arrayContaining(["4.1", "4.6", "4.8.1", "4.8.2", "4.8.3"]));
    expect(m.serviceRequests.every((s) => s.illustrative)).toBe(true);

    const opsg = m.reviewRounds.find((r) => r.committee === "OPSG")!;
    expect(opsg.questions.map((q) => q.text)).toEqual([
      "Is the problem statement clearly defined?",
      "What impacted areas should the business requirements account for?",
    ]);
    expect(m.reviewRounds.map((r) => r.committee).sort()).toEqual(["OPSG", "SSC", "TABASC"]);
    // OPSG's round closed in 2021 (London times: BST); TABASC and SSC are open from the seeding for 30 days, closing at 17:00 London.
    expect(opsg).toMatchObject({ status: "CLOSED", opensAt: new Date("2021-05-25T08:00:00Z"), closesAt: new Date("2021-06-08T16:00:00Z"), closedAt: new Date("2021-06-08T16:00:00Z") });
    expect(opsg.introduction).toContain("Illustrative");
    for (const open of m.reviewRounds.filter((r) => r.committee !== "OPSG")) {
      expect(open).toMatchObject({ status: "OPEN", openedAt: open.opensAt });
      expect(open.opensAt.getTime()).toBeLessThanOrEqual(Date.now());
      const days = (open.closesAt.getTime() - open.opensAt.getTime()) / 86_400_000;
      expect(days).toBeGreaterThan(29);
      expect(days).toBeLessThan(31.5);
      expect(londonDateAndTime(open.closesAt).time).toBe("17:00");
      expect(open.questions).toHaveLength(2);
      expect(open.introduction).toContain("Illustrative");
      // Their scope: every requirement as seeded.
      expect(await db().baselineEntry.count({ where: { baselineId: open.baselineId! } })).toBe(requirements.length);
    }
    expect(m.milestones[0]!.event).toMatch(/OPSG/);
    expect(m.milestones.some((ms) => ms.dateLabel === "June 2021" && /Panel/.test(ms.event))).toBe(true);
    expect(m.milestones.some((ms) => ms.dateLabel === "Early July 2021" && /Working Group/.test(ms.event))).toBe(true);
  });

  it("gives every requirement a first version and links that resolve", async () => {
    await seedDatabase(db(), { demoAccounts: false });
    const requirements = await db().requirement.findMany({ include: { versions: true } });
    for (const r of requirements) {
      expect(r.versions).toHaveLength(1);
      expect(r.versions[0]).toMatchObject({ version: 1, title: r.title, body: r.body, status: r.status });
    }
    const sr481 = await db().serviceRequest.findFirstOrThrow({ where: { number: "4.8.1" }, include: { links: true } });
    expect(sr481.links.length).toBeGreaterThan(0);
  });

  it("seeds illustrative comment threads in the open TABASC and SSC rounds, one addressed by a later version", async () => {
    await seedDatabase(db(), { demoAccounts: true });
    const threads = await db().comment.findMany({
      where: { parentId: null },
      orderBy: { number: "asc" },
      include: { reviewRound: true, requirement: true, replies: true, addressedIn: { include: { requirementVersion: true } } },
    });
    expect(threads.map((t) => [t.number, t.reviewRound?.committee, t.reviewRound?.status])).toEqual([
      [1, "TABASC", "OPEN"],
      [2, "TABASC", "OPEN"],
      [3, "SSC", "OPEN"],
      [4, "SSC", "OPEN"],
    ]);
    expect(threads.every((t) => t.body.includes("Illustrative"))).toBe(true);
    expect(threads.map((t) => t.replies.length)).toEqual([1, 1, 1, 0]);
    expect(threads.map((t) => t.status)).toEqual(["RESPONDED", "RESOLVED", "RESOLVED", "OPEN"]);
    // quoted passages are in the text of the version they were made on
    const quoted = await db().comment.findMany({ where: { quotedText: { not: null } }, include: { requirementVersion: true } });
    for (const c of quoted) expect(c.requirementVersion!.body).toContain(c.quotedText);
    expect(threads[2]!.addressedIn.map((a) => [a.requirementVersion.version])).toEqual([[2]]);
    expect(threads[2]!.requirement!.ref).toBe("BR-11");
    const m = await db().modification.findUniqueOrThrow({ where: { number: 162 } });
    expect(m.nextCommentNumber).toBe(5);
  });

  it("seeds no comments without the demo accounts, their authors", async () => {
    await seedDatabase(db(), { demoAccounts: false });
    expect(await db().comment.count()).toBe(0);
  });

  it("creates organisations in every Party Category and one demo account per role", async () => {
    await seedDatabase(db(), { demoAccounts: true });
    const categories = (await db().organisation.findMany()).map((o) => o.partyCategory);
    for (const category of Object.values(PartyCategory)) expect(categories).toContain(category);
    const users = await db().user.findMany({ where: { disabled: false } });
    for (const role of Object.values(Role)) expect(users.some((u) => u.role === role)).toBe(true);
    expect(users.filter((u) => u.role === "REVIEWER").map((u) => u.committee).sort()).toEqual(["OPSG", "SSC", "TABASC"]);
    const party = await db().user.findUniqueOrThrow({ where: { email: "party@example.com" }, include: { organisation: true } });
    expect(party.organisation?.partyCategory).toBe("LARGE_SUPPLIER");
  });

  it("is idempotent: a second run changes nothing", async () => {
    await seedDatabase(db(), { demoAccounts: true });
    const before = await rowCounts();
    const wg = await db().user.findUniqueOrThrow({ where: { email: "wg@example.com" } });
    const second = await seedDatabase(db(), { demoAccounts: true });
    expect(second.createdDp162).toBe(false);
    expect(await rowCounts()).toEqual(before);
    expect(await db().user.findUniqueOrThrow({ where: { email: "wg@example.com" } })).toEqual(wg);
  });

  it("adds no demo accounts in production unless asked", async () => {
    expect(demoAccountsWanted({ NODE_ENV: "production" })).toBe(false);
    expect(demoAccountsWanted({ NODE_ENV: "production", SEED_DEMO_ACCOUNTS: "1" })).toBe(true);
    expect(demoAccountsWanted({ NODE_ENV: "development" })).toBe(true);
    await seedDatabase(db(), { demoAccounts: demoAccountsWanted({ NODE_ENV: "production" }) });
    const active = await db().user.count({ where: { disabled: false } });
    expect(active).toBe(0);
    expect(await db().modification.count()).toBe(1);
  });
});
