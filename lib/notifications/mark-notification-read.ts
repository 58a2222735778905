import "server-only";
import type { CurrentUser } from "@/lib/auth/current-user";
import { requirePermission } from "@/lib/auth/require-permission";
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { isLookupKey } from "@/lib/validation/text";

/**
 * "Mark as read" on one item of the signed-in user's inbox. Only their own rows are looked at:
 * someone else's notification id is not found, and nothing is written. Marking an item already
 * read does nothing. Not audited: reading one's inbox changes no shared record.
 */
export async function markNotificationRead(db: Db, actor: CurrentUser | null, { notificationId }: { notificationId: string }, now = new Date()): Promise<void> {
  requirePermission(actor, "notification.readOwn");
  const notFound = new AppError("NOT_FOUND", "That notification is not in your inbox.");
  if (!isLookupKey(notificationId, 64)) throw notFound;
  const own = { id: notificationId, userId: actor.id };
  const { count } = await db.notification.updateMany({ where: { ...own, readAt: null }, data: { readAt: now } });
  if (count === 0 && (await db.notification.count({ where: own })) === 0) throw notFound;
}
