import type { Metadata } from "next";
import Link from "next/link";
import { authorizePage } from "@/lib/auth/authorize";
import { db } from "@/lib/db";
import { formatDateTime } from "@/lib/labels";
import { findInbox } from "@/lib/notifications/find-inbox";
import { Badge } from "@/components/badge";
import { Button } from "@/components/button";
import { ProblemAlert } from "@/components/problem-alert";
import { markAllNotificationsReadAction, markNotificationReadAction } from "./actions";

export const metadata: Metadata = { title: "Inbox" };

export default async function InboxPage({ searchParams }: PageProps<"/inbox">) {
  // Signed in, so never null.
  const user = (await authorizePage("notification.readOwn", "/inbox"))!;
  const query = await searchParams;
  const { page: pageParam } = query;
  const asked = Number(typeof pageParam === "string" ? pageParam : 1);
  const page = Number.isInteger(asked) && asked >= 1 && asked <= 100_000 ? asked : 1;
  const inbox = await findInbox(db(), user.id, page);
  const pageField = <input type="hidden" name="page" value={page} />;

  return (
    <div className="max-w-3xl">
      <h1 className="mb-2 text-3xl font-bold">Inbox</h1>
      <ProblemAlert query={query} />
      <div className="mb-6 flex flex-wrap items-center gap-4">
        <p>
          {user.unreadNotifications === 0 ? "Nothing unread." : `${user.unreadNotifications} unread.`} Choose how you hear of these by email on{" "}
          <Link href="/account">your account</Link>.
        </p>
        {user.unreadNotifications > 0 && (
          <form action={markAllNotificationsReadAction}>
            {pageField}
            <Button variant="secondary" size="sm">
              Mark all read
            </Button>
          </form>
        )}
      </div>
      {inbox.items.length === 0 ? (
        <p>{inbox.total === 0 ? "No notifications yet: replies, dispositions, mentions and your committee's review rounds appear here." : "No notifications on this page."}</p>
      ) : (
        <ol className="divide-y divide-slate-300 border-y border-slate-300 bg-white">
          {inbox.items.map((n) => (
            <li key={n.id} className={`flex flex-wrap items-start justify-between gap-3 p-4 ${n.readAt ? "" : "border-l-4 border-brand"}`}>
              <div>
                {!n.readAt && (
                  <span className="mr-2">
                    <Badge tone="info">Unread</Badge>
                  </span>
                )}
                <Link href={n.link} className={n.readAt ? "" : "font-semibold"}>
                  {n.text}
                </Link>
                <p className="text-sm text-slate-700">
                  <time dateTime={n.createdAt.toISOString()}>{formatDateTime(n.createdAt)}</time>
                </p>
              </div>
              {!n.readAt && (
                <form action={markNotificationReadAction.bind(null, n.id)}>
                  {pageField}
                  <Button variant="quiet" size="sm" aria-label={`Mark as read: ${n.text}`}>
                    Mark as read
                  </Button>
                </form>
              )}
            </li>
          ))}
        </ol>
      )}
      {inbox.pages > 1 && (
        <nav aria-label="Inbox pages" className="mt-4 flex items-center gap-4">
          {page > 1 && <Link href={page === 2 ? "/inbox" : `/inbox?page=${page - 1}`}>Newer</Link>}
          <span>
            Page {page} of {inbox.pages}
          </span>
          {page < inbox.pages && <Link href={`/inbox?page=${page + 1}`}>Older</Link>}
        </nav>
      )}
    </div>
  );
}
