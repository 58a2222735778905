import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { CurrentUser } from "@/lib/auth/current-user";
import { londonInstant } from "@/lib/dates/london";
import { db } from "@/lib/db";
import type { NotificationPreference } from "@/lib/generated/prisma/enums";
import { changeReviewRoundStatus } from "@/lib/reviews/change-review-round-status";
import { createActor } from "@/test/support/actors";
import { resetDatabase } from "@/test/support/database";
import { planRound, putRoundInStatus } from "@/test/support/review-rounds";
import { startSmtpServer } from "@/test/support/smtp-server";
import { seedTwoModifications } from "@/test/support/two-modifications";
import { deliverOutbox } from "./deliver-outbox";
import { createMailTransport } from "./mail-transport";
import { notifyRoundsClosingSoon } from "./notify-rounds-closing-soon";
import { queueDailyDigests } from "./queue-daily-digests";

// What reaches people when a review round opens or is about to close: the inbox for every member
// of the round's committee, and — through the outbox and a real SMTP server in this process —
// an email for each event, a daily digest, or nothing, as each chose.

let dp162: string;
let secas: CurrentUser;
const tabasc = {} as Record<NotificationPreference, CurrentUser>;
let opsg: CurrentUser;
let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
const FROM = "Portal <portal@example.com>";

const inboxOf = (user: CurrentUser) => db().notification.findMany({ where: { userId: user.id }, orderBy: { createdAt: "asc" } });
async function openRound(closesAt?: Date) {
  const id = await planRound(secas, dp162, { committee: "TABASC" });
  if (closesAt) {
    await putRoundInStatus(id, "OPEN", { closesAt });
    return id;
  }
  const { version } = await db().reviewRound.findUniqueOrThrow({ where: { id }, select: { version: true } });
  await changeReviewRoundStatus(db(), secas, { modificationId: dp162, roundId: id, expectedVersion: version, status: "OPEN" });
  return id;
}
async function deliver(now = new Date()) {
  const transport = createMailTransport(smtp.url);
  try {
    return await deliverOutbox(db(), transport, { from: FROM, now: () => now });
  } finally {
    transport.close();
  }
}

beforeAll(async () => {
  await resetDatabase();
  ({ dp162 } = await seedTwoModifications());
  secas = await createActor("SECAS");
  for (const preference of ["EACH", "DAILY_DIGEST", "NONE"] as const) {
    tabasc[preference] = await createActor("REVIEWER", "TABASC");
    await db().user.update({ where: { id: tabasc[preference].id }, data: { notificationPreference: preference } });
  }
  opsg = await createActor("REVIEWER", "OPSG");
  // The seeded rounds are over: only this file's rounds are open.
  for (const { id } of await db().reviewRound.findMany({ where: { status: { not: "CLOSED" } } })) await putRoundInStatus(id, "CLOSED");
  smtp = await startSmtpServer();
});
afterAll(() => smtp.close());
beforeEach(async () => {
  await db().notification.deleteMany();
  await db().outboxEmail.deleteMany();
  smtp.received.length = 0;
});

describe("a round opens", () => {
  it("tells every member of its committee in the inbox, emails those who chose each event, and sends it once", async () => {
    const roundId = await openRound();
    for (const user of Object.values(tabasc)) {
      expect(await inboxOf(user)).toMatchObject([{ kind: "ROUND_OPENED", link: `/modifications/DP162/reviews/${roundId}`, readAt: null, modificationId: dp162 }]);
    }
    expect(await inboxOf(opsg)).toEqual([]);
    expect(await inboxOf(secas)).toEqual([]); // the actor is not told of their own action

    expect(await deliver()).toEqual({ sent: 1, failed: 0 });
    expect(smtp.received.map((m) => m.to)).toEqual([[tabasc.EACH.email]]);
    expect(smtp.received[0]!.text).toContain(`/modifications/DP162/reviews/${roundId}`);
    expect(smtp.received[0]!.from).toBe("portal@example.com");
    expect(await deliver()).toEqual({ sent: 0, failed: 0 });
    expect(smtp.received).toHaveLength(1);
    expect(await db().outboxEmail.findMany()).toMatchObject([{ toAddress: tabasc.EACH.email, attempts: 0, lastError: null, sentAt: expect.any(Date), lockedBy: null }]);
  });

  it("sends a daily digest, once a day after 07:00 London, to those who chose it; nothing to those who chose none", async () => {
    await openRound();
    await openRound();
    const today = new Date().toISOString().slice(0, 10);
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    expect(await queueDailyDigests(db(), londonInstant(today, "06:59")!)).toBe(0); // notifications of today wait for tomorrow's
    const morning = londonInstant(tomorrow, "08:00")!;
    expect(await queueDailyDigests(db(), morning)).toBe(1);
    expect(await queueDailyDigests(db(), morning)).toBe(0);
    expect(await queueDailyDigests(db(), londonInstant(tomorrow, "18:00")!)).toBe(0);
    await deliver(morning);
    const to = (user: CurrentUser) => smtp.received.filter((m) => m.to.join() === user.email);
    expect(smtp.received).toHaveLength(3);
    expect(to(tabasc.EACH)).toHaveLength(2);
    const [digest] = to(tabasc.DAILY_DIGEST);
    expect(digest!.text).toContain("Your daily digest: 2 notifications");
    expect(await db().notification.count({ where: { userId: tabasc.DAILY_DIGEST.id, emailedAt: null } })).toBe(0);
    expect(await db().notification.count({ where: { userId: tabasc.NONE.id, emailedAt: null } })).toBe(2); // inbox only
  });
});

describe("a round closing in 2 working days", () => {
  // Wednesday 23 December 2026, noon: Christmas Day, the weekend and the Boxing Day substitute
  // (Monday 28) are not working days, so 2 working days on is Tuesday 29 December.
  const now = new Date("2026-12-23T12:00:00Z");

  it("tells the committee once, however often the job runs, and counts only working days", async () => {
    const soon = await openRound(londonInstant("2026-12-29", "17:00")!);
    const later = await openRound(londonInstant("2026-12-30", "09:00")!);
    for (let run = 0; run < 3; run++) await notifyRoundsClosingSoon(db(), now);
    for (const user of Object.values(tabasc)) {
      expect(await inboxOf(user)).toMatchObject([{ kind: "ROUND_CLOSING_SOON", link: `/modifications/DP162/reviews/${soon}` }]);
    }
    expect(await inboxOf(opsg)).toEqual([]);
    expect(await db().outboxEmail.count()).toBe(1);
    await notifyRoundsClosingSoon(db(), new Date("2026-12-24T12:00:00Z"));
    expect((await inboxOf(tabasc.NONE)).map((n) => n.link)).toEqual([`/modifications/DP162/reviews/${soon}`, `/modifications/DP162/reviews/${later}`]);
    expect(await deliver(now)).toEqual({ sent: 2, failed: 0 });
    expect(await deliver(now)).toEqual({ sent: 0, failed: 0 });
  });
});
