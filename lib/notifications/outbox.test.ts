import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createPrismaClient, db } from "@/lib/db";
import { resetDatabase } from "@/test/support/database";
import { freePort, startSmtpServer } from "@/test/support/smtp-server";
import { deliverOutbox, retryDelayMs } from "./deliver-outbox";
import { createMailTransport, type MailTransport } from "./mail-transport";

// The outbox sender against a real SMTP server in this process: while it is down nothing is lost
// (attempts, the error and a backoff are recorded), once it is up each email arrives exactly
// once — also when two senders (two app servers) drain the same rows at the same time.

const FROM = "Portal <portal@example.com>";
const MINUTE = 60_000;
const closers: (() => unknown)[] = [];

async function queue(count: number, prefix = "user") {
  await db().outboxEmail.createMany({
    data: Array.from({ length: count }, (_, i) => ({ toAddress: `${prefix}${i}@example.com`, subject: `Email ${i}`, body: `Body ${i}`, dedupeKey: `${prefix}:${i}` })),
  });
}
function transportTo(url: string) {
  const transport = createMailTransport(url);
  closers.push(() => transport.close());
  return transport;
}
const rows = () => db().outboxEmail.findMany({ orderBy: { id: "asc" } });

beforeAll(resetDatabase);
beforeEach(() => db().outboxEmail.deleteMany());
afterEach(async () => {
  for (const close of closers.splice(0)) await close();
});

describe("the outbox sender", () => {
  it("backs off 1 minute, doubling, to at most an hour", () => {
    expect([1, 2, 3, 6, 7, 20].map((n) => retryDelayMs(n) / MINUTE)).toEqual([1, 2, 4, 32, 60, 60]);
  });

  it("keeps the emails while the SMTP server is down, then delivers each exactly once when it is up", async () => {
    await queue(2);
    const port = await freePort();
    const transport = transportTo(`smtp://127.0.0.1:${port}`);
    const t0 = new Date();
    const at = (ms: number) => ({ from: FROM, now: () => new Date(t0.getTime() + ms) });

    expect(await deliverOutbox(db(), transport, at(0))).toEqual({ sent: 0, failed: 1 }); // the first fails; the second is left for later
    expect(await deliverOutbox(db(), transport, at(0))).toEqual({ sent: 0, failed: 1 });
    expect(await deliverOutbox(db(), transport, at(30_000))).toEqual({ sent: 0, failed: 0 }); // not due yet
    for (const row of await rows()) {
      expect(row).toMatchObject({ sentAt: null, attempts: 1, lockedBy: null, lastError: expect.stringMatching(/ECONNREFUSED/) });
      expect(row.nextAttemptAt.getTime()).toBe(t0.getTime() + MINUTE);
    }
    expect(await deliverOutbox(db(), transport, at(MINUTE))).toEqual({ sent: 0, failed: 1 });
    expect((await rows())[0]).toMatchObject({ attempts: 2, nextAttemptAt: new Date(t0.getTime() + 3 * MINUTE) });

    const smtp = await startSmtpServer(port);
    closers.push(smtp.close);
    expect(await deliverOutbox(db(), transport, at(3 * MINUTE))).toEqual({ sent: 2, failed: 0 });
    expect(await deliverOutbox(db(), transport, at(60 * MINUTE))).toEqual({ sent: 0, failed: 0 });
    expect(smtp.received.map((m) => m.to.join()).sort()).toEqual(["user0@example.com", "user1@example.com"]);
    expect((await rows()).map((r) => r.sentAt)).toEqual([expect.any(Date), expect.any(Date)]);
  });

  it("sends each email once when two senders drain the same rows at the same time", async () => {
    await queue(60);
    const smtp = await startSmtpServer();
    closers.push(smtp.close);
    const other = createPrismaClient(process.env.DATABASE_URL!);
    closers.push(() => other.$disconnect());
    // A send that takes a moment, so the two senders' claims overlap.
    const slow = (transport: MailTransport): MailTransport => ({ sendMail: async (m) => (await new Promise((r) => setTimeout(r, 5)), transport.sendMail(m)) });
    const [a, b] = await Promise.all([
      deliverOutbox(db(), slow(transportTo(smtp.url)), { from: FROM, workerId: "server-a" }),
      deliverOutbox(other, slow(transportTo(smtp.url)), { from: FROM, workerId: "server-b" }),
    ]);
    expect(a.sent + b.sent).toBe(60);
    expect(a.sent).toBeGreaterThan(0);
    expect(b.sent).toBeGreaterThan(0);
    const addresses = smtp.received.map((m) => m.to.join());
    expect(addresses).toHaveLength(60);
    expect(new Set(addresses).size).toBe(60);
    expect(await db().outboxEmail.count({ where: { sentAt: null } })).toBe(0);
  });

  it("retries a claim whose sender died once the claim lapses", async () => {
    await queue(1);
    await db().outboxEmail.updateMany({ data: { lockedBy: "crashed", lockedUntil: new Date(Date.now() + MINUTE) } });
    const smtp = await startSmtpServer();
    closers.push(smtp.close);
    const transport = transportTo(smtp.url);
    expect(await deliverOutbox(db(), transport, { from: FROM })).toEqual({ sent: 0, failed: 0 });
    expect(await deliverOutbox(db(), transport, { from: FROM, now: () => new Date(Date.now() + 2 * MINUTE) })).toEqual({ sent: 1, failed: 0 });
    expect(smtp.received).toHaveLength(1);
  });
});
