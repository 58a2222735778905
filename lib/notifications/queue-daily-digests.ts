import type { Db } from "@/lib/db";
import { londonDateAndTime, londonInstant } from "@/lib/dates/london";
import { formatDateTime } from "@/lib/labels";
import { mailSettings } from "./mail-settings";

/** The digest goes out each day from this London time, listing what came before it. */
export const DIGEST_TIME = "07:00";

/**
 * Once a day, for each user who chose a daily digest, queues one email listing their unread
 * notifications not yet emailed, and marks those emailed. Idempotent however often it runs, on
 * however many servers: the digest's dedupeKey names the user and the London date, and only the
 * transaction that inserts it marks the notifications. Returns how many digests it queued.
 */
export async function queueDailyDigests(db: Db, now = new Date()): Promise<number> {
  const { date } = londonDateAndTime(now);
  const cutoff = londonInstant(date, DIGEST_TIME)!;
  if (now < cutoff) return 0;
  const owed = { emailedAt: null, readAt: null, createdAt: { lt: cutoff } };
  const users = await db.user.findMany({
    where: { notificationPreference: "DAILY_DIGEST", disabled: false, notifications: { some: owed } },
    select: { id: true, email: true },
  });
  const { portalUrl } = mailSettings();
  let queued = 0;
  for (const user of users) {
    queued += await db.$transaction(async (tx) => {
      const items = await tx.notification.findMany({ where: { userId: user.id, ...owed }, orderBy: { createdAt: "asc" }, select: { id: true, text: true, link: true, createdAt: true } });
      if (items.length === 0) return 0;
      const lines = items.map((n) => `- ${formatDateTime(n.createdAt)}: ${n.text}\n  ${portalUrl}${n.link}`);
      const { count } = await tx.outboxEmail.createMany({
        data: {
          recipientId: user.id,
          toAddress: user.email,
          subject: `Your daily digest: ${items.length} notification${items.length === 1 ? "" : "s"}`,
          body: `${lines.join("\n")}\n\nYour inbox: ${portalUrl}/inbox\nChoose an email for each event, or none, on ${portalUrl}/account.\n`,
          dedupeKey: `digest:${user.id}:${date}`,
        },
        skipDuplicates: true,
      });
      if (count === 1) await tx.notification.updateMany({ where: { id: { in: items.map((n) => n.id) } }, data: { emailedAt: now } });
      return count;
    });
  }
  return queued;
}
