import "server-only";
import type { CurrentUser } from "@/lib/auth/current-user";
import { requirePermission } from "@/lib/auth/require-permission";
import type { Db } from "@/lib/db";

/** "Mark all read": every unread item of the signed-in user's own inbox, and no one else's. Not audited (see markNotificationRead). */
export async function markAllNotificationsRead(db: Db, actor: CurrentUser | null, now = new Date()): Promise<{ marked: number }> {
  requirePermission(actor, "notification.readOwn");
  const { count } = await db.notification.updateMany({ where: { userId: actor.id, readAt: null }, data: { readAt: now } });
  return { marked: count };
}
