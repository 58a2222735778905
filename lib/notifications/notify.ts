import type { Prisma } from "@/lib/generated/prisma/client";
import type { NotificationKind } from "@/lib/generated/prisma/enums";
import { mailSettings } from "./mail-settings";

export type NotificationEvent = {
  /** Who is told; the actor and anyone disabled are left out, repeats count once. */
  userIds: readonly string[];
  /** Who caused the event (never told of their own action); null for the system. */
  actorId: string | null;
  kind: NotificationKind;
  modificationId: string | null;
  /** A path inside the portal, e.g. /modifications/DP162/reviews/abc. */
  link: string;
  /** One line saying what happened, shown in the inbox and as the email's subject. */
  text: string;
  /** Names the event: a user is told of it once, however often it is reported. */
  dedupeKey: string;
};

/**
 * Tells users of an event, in the caller's transaction, so that the inbox rows and the emails
 * commit (or roll back) with the event itself. Writes one Notification per user (none for a user
 * already told of this dedupeKey), and for those who chose email for each event, an OutboxEmail
 * that the outbox sender (deliver-outbox.ts) sends after commit. Daily-digest users get theirs
 * from the digest job; users who chose none see the inbox only. Returns how many emails were queued.
 */
export async function notify(tx: Prisma.TransactionClient, event: NotificationEvent): Promise<{ notified: number; emailed: number }> {
  const userIds = [...new Set(event.userIds)].filter((id) => id !== event.actorId);
  if (userIds.length === 0) return { notified: 0, emailed: 0 };
  const users = await tx.user.findMany({ where: { id: { in: userIds }, disabled: false }, select: { id: true, email: true, notificationPreference: true } });
  const created = await tx.notification.createManyAndReturn({
    data: users.map((u) => ({ userId: u.id, kind: event.kind, modificationId: event.modificationId, link: event.link, text: event.text, dedupeKey: event.dedupeKey })),
    skipDuplicates: true,
    select: { id: true, userId: true },
  });
  const told = new Set(created.map((n) => n.userId));
  const byEmail = users.filter((u) => told.has(u.id) && u.notificationPreference === "EACH");
  if (byEmail.length === 0) return { notified: created.length, emailed: 0 };
  const { portalUrl } = mailSettings();
  await tx.outboxEmail.createMany({
    data: byEmail.map((u) => ({
      recipientId: u.id,
      toAddress: u.email,
      subject: event.text.slice(0, 200),
      body: `${event.text}\n\n${portalUrl}${event.link}\n\nYou receive an email for each event. Choose a daily digest or no email on ${portalUrl}/account.\n`,
      dedupeKey: `event:${event.dedupeKey}:${u.id}`,
    })),
    skipDuplicates: true,
  });
  const emailedIds = new Set(byEmail.map((u) => u.id));
  await tx.notification.updateMany({ where: { id: { in: created.filter((n) => emailedIds.has(n.userId)).map((n) => n.id) } }, data: { emailedAt: new Date() } });
  return { notified: created.length, emailed: byEmail.length };
}
