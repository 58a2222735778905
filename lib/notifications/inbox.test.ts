import { beforeAll, describe, expect, it } from "vitest";
import { findActiveUser, resolveSession, type CurrentUser } from "@/lib/auth/current-user";
import { startSession } from "@/lib/auth/sessions";
import { db } from "@/lib/db";
import { createActor } from "@/test/support/actors";
import { resetDatabase } from "@/test/support/database";
import { queryCounterForTheseTests } from "@/test/support/query-counter";
import { changedTables, snapshotTables } from "@/test/support/snapshot";
import { findInbox, INBOX_PAGE_SIZE } from "./find-inbox";
import { markAllNotificationsRead } from "./mark-all-notifications-read";
import { markNotificationRead } from "./mark-notification-read";
import { notify } from "./notify";
import { updateNotificationPreference } from "./update-notification-preference";

let reader: CurrentUser;
let other: CurrentUser;
const counter = queryCounterForTheseTests();
let n = 0;

const tell = (user: CurrentUser, count = 1) =>
  db().$transaction(async (tx) => {
    for (let i = 0; i < count; i++) {
      await notify(tx, { userIds: [user.id], actorId: null, kind: "MENTION", modificationId: null, link: "/inbox", text: `Item ${++n}`, dedupeKey: `test:${n}` });
    }
  });
const firstOf = async (user: CurrentUser) => (await db().notification.findFirstOrThrow({ where: { userId: user.id, readAt: null }, select: { id: true } })).id;
const unread = async (user: CurrentUser) => (await findActiveUser(user.id))!.unreadNotifications;

async function expectNothingWritten(run: () => Promise<unknown>, code: string) {
  const before = await snapshotTables();
  await expect(run()).rejects.toMatchObject({ code });
  expect(changedTables(before, await snapshotTables())).toEqual([]);
}

beforeAll(async () => {
  await resetDatabase();
  reader = await createActor("REVIEWER", "TABASC");
  other = await createActor("WORKING_GROUP");
});

describe("notify", () => {
  it("leaves out the actor, anyone disabled, and anyone already told of the event", async () => {
    const disabled = await createActor("DCC_ANALYST");
    await db().user.update({ where: { id: disabled.id }, data: { disabled: true } });
    const event = { userIds: [reader.id, other.id, other.id, disabled.id], actorId: reader.id, kind: "MENTION" as const, modificationId: null, link: "/inbox", text: "Hello", dedupeKey: "notify-test" };
    expect(await db().$transaction((tx) => notify(tx, event))).toEqual({ notified: 1, emailed: 1 });
    expect(await db().$transaction((tx) => notify(tx, event))).toEqual({ notified: 0, emailed: 0 });
    expect(await db().notification.findMany({ where: { dedupeKey: "notify-test" }, select: { userId: true } })).toEqual([{ userId: other.id }]);
    expect(await db().outboxEmail.findMany({ select: { toAddress: true } })).toEqual([{ toAddress: other.email }]);
    await db().notification.deleteMany();
  });
});

describe("the inbox", () => {
  it("counts the unread in the one statement that resolves the session", async () => {
    await tell(reader, 3);
    const cookie = await startSession(db(), reader.id);
    let user: CurrentUser | null = null;
    expect(await counter.count(async () => (user = await resolveSession(counter.client, cookie)))).toBe(1);
    expect(user).toMatchObject({ id: reader.id, unreadNotifications: 3, organisation: { name: "Kestrel Power" } });
  });

  it("marks one of one's own items read, and refuses someone else's or a visitor, writing nothing", async () => {
    const mine = await firstOf(reader);
    const before = await unread(reader);
    await expectNothingWritten(() => markNotificationRead(db(), other, { notificationId: mine }), "NOT_FOUND");
    await expectNothingWritten(() => markNotificationRead(db(), null, { notificationId: mine }), "UNAUTHENTICATED");
    await expectNothingWritten(() => markNotificationRead(db(), reader, { notificationId: "no-such-id" }), "NOT_FOUND");
    await markNotificationRead(db(), reader, { notificationId: mine });
    await markNotificationRead(db(), reader, { notificationId: mine }); // already read: nothing to do, no error
    expect(await unread(reader)).toBe(before - 1);
  });

  it("marks all of one's own read, and no one else's", async () => {
    await tell(other, 2);
    await expectNothingWritten(() => markAllNotificationsRead(db(), null), "UNAUTHENTICATED");
    expect(await markAllNotificationsRead(db(), reader)).toEqual({ marked: 2 });
    expect(await unread(reader)).toBe(0);
    expect(await unread(other)).toBe(2);
  });

  it("lists newest first, a page at a time", async () => {
    await tell(reader, INBOX_PAGE_SIZE + 2);
    const first = await findInbox(db(), reader.id, 1);
    expect(first).toMatchObject({ total: INBOX_PAGE_SIZE + 5, pages: 2 });
    expect(first.items[0]!.text).toBe(`Item ${n}`);
    expect((await findInbox(db(), reader.id, 2)).items.map((i) => i.text).slice(-1)).toEqual(["Item 1"]);
  });
});

describe("the email preference", () => {
  it("changes one's own, audited; a visitor is refused and a bad choice is refused, writing nothing", async () => {
    await expectNothingWritten(() => updateNotificationPreference(db(), null, { preference: "NONE" }), "UNAUTHENTICATED");
    await expectNothingWritten(() => updateNotificationPreference(db(), reader, { preference: "HOURLY" as "NONE" }), "VALIDATION");
    await updateNotificationPreference(db(), reader, { preference: "DAILY_DIGEST" });
    const row = await db().user.findUniqueOrThrow({ where: { id: reader.id }, select: { notificationPreference: true, version: true } });
    expect(row).toEqual({ notificationPreference: "DAILY_DIGEST", version: 1 });
    expect(await db().auditEvent.findMany({ where: { entityId: reader.id, action: "user.notificationPreferenceChanged" } })).toMatchObject([
      { actorId: reader.id, before: { notificationPreference: "EACH" }, after: { notificationPreference: "DAILY_DIGEST" } },
    ]);
  });
});
