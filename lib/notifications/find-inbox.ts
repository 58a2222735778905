import "server-only";
import type { DbOrTx } from "@/lib/db";
import { pageCountOf } from "@/lib/validation/address";

export const INBOX_PAGE_SIZE = 20;

/** One page of a user's inbox, newest first, with how many there are in all. */
export async function findInbox(db: DbOrTx, userId: string, page: number) {
  const [items, total] = await Promise.all([
    db.notification.findMany({
      where: { userId },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * INBOX_PAGE_SIZE,
      take: INBOX_PAGE_SIZE,
      select: { id: true, kind: true, text: true, link: true, readAt: true, createdAt: true },
    }),
    db.notification.count({ where: { userId } }),
  ]);
  return { items, total, pages: pageCountOf(total, INBOX_PAGE_SIZE) };
}
