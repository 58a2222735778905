import { beforeAll, describe, expect, it } from "vitest";
import type { CurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { createActor } from "@/test/support/actors";
import { resetDatabase } from "@/test/support/database";
import { seedTwoModifications } from "@/test/support/two-modifications";

// What the database itself guarantees about comments, their history and notifications, whatever
// a command does: the rules the comment, disposition and notification commands build on.

let dp162: string;
let author: CurrentUser;
let on: { requirementId: string; requirementVersionId: string };
let number = 100;

const topLevel = () => ({ modificationId: dp162, authorId: author.id, authorRole: author.role, body: "A comment", number: ++number, ...on });

beforeAll(async () => {
  await resetDatabase();
  ({ dp162 } = await seedTwoModifications());
  author = await createActor("REVIEWER", "TABASC");
  const v = await db().requirementVersion.findFirstOrThrow({ where: { requirement: { modificationId: dp162 } }, select: { id: true, requirementId: true } });
  on = { requirementId: v.requirementId, requirementVersionId: v.id };
});

describe("comments", () => {
  it("are never deleted; their revisions and addressed-in records are never changed or removed", async () => {
    const c = await db().comment.create({ data: topLevel() });
    const revision = await db().commentRevision.create({ data: { commentId: c.id, revision: 1, body: c.body, authorId: author.id } });
    const addressed = await db().commentAddressedIn.create({ data: { commentId: c.id, requirementVersionId: on.requirementVersionId, recordedById: author.id } });
    await expect(db().comment.delete({ where: { id: c.id } })).rejects.toThrow(/never deleted/);
    await expect(db().commentRevision.update({ where: { id: revision.id }, data: { body: "Rewritten" } })).rejects.toThrow(/append-only/);
    await expect(db().commentRevision.delete({ where: { id: revision.id } })).rejects.toThrow(/append-only/);
    await expect(db().commentAddressedIn.delete({ where: { commentId_requirementVersionId: { commentId: addressed.commentId, requirementVersionId: addressed.requirementVersionId } } })).rejects.toThrow(/append-only/);
    // …while the comment itself changes (an edit, a status), as its revisions record.
    await expect(db().comment.update({ where: { id: c.id }, data: { body: "Edited", version: 2 } })).resolves.toBeTruthy();
  });

  it("number top-level comments once per modification, and never replies", async () => {
    const c = await db().comment.create({ data: topLevel() });
    await expect(db().comment.create({ data: { ...topLevel(), number: c.number } })).rejects.toMatchObject({ code: "P2002" });
    await expect(db().comment.create({ data: { ...topLevel(), number: null } })).rejects.toThrow(/Comment_number_top_level/);
    const reply = { modificationId: dp162, authorId: author.id, authorRole: author.role, body: "A reply", parentId: c.id };
    await expect(db().comment.create({ data: { ...reply, number: ++number } })).rejects.toThrow(/Comment_number_top_level/);
    await expect(db().comment.create({ data: { ...reply, severity: "MAJOR" } })).rejects.toThrow(/Comment_reply_plain/);
    const r = await db().comment.create({ data: reply });
    // Threads are one level deep: the trigger refuses a reply to a reply (as a foreign key would).
    await expect(db().comment.create({ data: { ...reply, parentId: r.id } })).rejects.toMatchObject({ code: "P2003" });
  });

  it("hold their requirement with the version made on, proposed wording with its passage, and a disposition when resolved", async () => {
    await expect(db().comment.create({ data: { ...topLevel(), requirementVersionId: null } })).rejects.toThrow(/Comment_requirement_and_version/);
    await expect(db().comment.create({ data: { ...topLevel(), kind: "PROPOSED_WORDING", proposedWording: "The DCC shall" } })).rejects.toThrow(/Comment_proposed_wording/);
    await expect(db().comment.create({ data: { ...topLevel(), kind: "COMMENT", quotedText: "x", proposedWording: "y" } })).rejects.toThrow(/Comment_proposed_wording/);
    await expect(db().comment.create({ data: { ...topLevel(), kind: "PROPOSED_WORDING", quotedText: "The DCC", proposedWording: "The DCC shall" } })).resolves.toBeTruthy();
    await expect(db().comment.create({ data: { ...topLevel(), status: "RESOLVED" } })).rejects.toThrow(/Comment_resolved_disposition/);
    await expect(db().comment.create({ data: { ...topLevel(), status: "RESOLVED", disposition: "REJECTED" } })).rejects.toThrow(/Comment_rejection_reason/);
    await expect(db().comment.create({ data: { ...topLevel(), status: "RESOLVED", disposition: "REJECTED", dispositionReason: "Out of scope" } })).resolves.toBeTruthy();
  });
});

describe("notifications and the email outbox", () => {
  it("link only inside the portal, notify a user once per event, and queue an email once", async () => {
    const base = { userId: author.id, kind: "MENTION" as const, text: "You were mentioned" };
    for (const link of ["https://elsewhere.example/x", "//elsewhere.example/x", "javascript:alert(1)"]) {
      await expect(db().notification.create({ data: { ...base, link } })).rejects.toThrow(/Notification_link_is_a_path/);
    }
    await db().notification.create({ data: { ...base, link: "/modifications/DP162", dedupeKey: "mention:1" } });
    await expect(db().notification.create({ data: { ...base, link: "/modifications/DP162", dedupeKey: "mention:1" } })).rejects.toMatchObject({ code: "P2002" });
    const email = { toAddress: "a@example.com", subject: "S", body: "B", dedupeKey: "event:1" };
    await db().outboxEmail.create({ data: email });
    await expect(db().outboxEmail.create({ data: email })).rejects.toMatchObject({ code: "P2002" });
  });
});
