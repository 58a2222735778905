import { beforeAll, describe, expect, it } from "vitest";
import type { CurrentUser } from "@/lib/auth/current-user";
import { createComment } from "@/lib/comments/create-comment";
import { reopenComment } from "@/lib/comments/reopen-comment";
import { replyToComment } from "@/lib/comments/reply-to-comment";
import { resolveComment } from "@/lib/comments/resolve-comment";
import { respondToComment } from "@/lib/comments/respond-to-comment";
import { db } from "@/lib/db";
import { updateRequirement } from "@/lib/requirements/update-requirement";
import { createActor } from "@/test/support/actors";
import { resetDatabase } from "@/test/support/database";
import { planRound, putRoundInStatus } from "@/test/support/review-rounds";
import { changedTables, snapshotTables } from "@/test/support/snapshot";
import { seedTwoModifications } from "@/test/support/two-modifications";

// The comment commands tell the people an event concerns, in their own transaction: the editors
// of a requirement of a new comment, everyone in a thread of a reply, the author of a disposition,
// and whoever is @mentioned; an @ that names nobody refuses the command and writes nothing.

let dp162: string;
let roundId: string;
let secas: CurrentUser, editor: CurrentUser, reviewer: CurrentUser, colleague: CurrentUser;

const inbox = async (user: CurrentUser) =>
  db().notification.findMany({ where: { userId: user.id }, orderBy: { createdAt: "asc" }, select: { kind: true, text: true, link: true } });
const kinds = async (user: CurrentUser) => (await inbox(user)).map((n) => n.kind);

beforeAll(async () => {
  await resetDatabase();
  ({ dp162 } = await seedTwoModifications());
  [secas, editor, reviewer, colleague] = await Promise.all([createActor("SECAS"), createActor("WORKING_GROUP"), createActor("REVIEWER", "TABASC"), createActor("REVIEWER", "TABASC")]);
  roundId = await planRound(secas, dp162, { committee: "TABASC" });
  await putRoundInStatus(roundId, "OPEN");
});

describe("notifications from review threads", () => {
  it("tells the requirement's editors of a new comment, the thread of replies, the author of dispositions, and the mentioned", async () => {
    const r = await db().requirement.findUniqueOrThrow({ where: { modificationId_ref: { modificationId: dp162, ref: "BR-05" } }, select: { id: true, version: true, title: true, body: true, areaId: true } });
    const edited = await updateRequirement(db(), editor, { modificationId: dp162, requirementId: r.id, expectedVersion: r.version, fields: { title: r.title, body: `${r.body} (edited)`, areaId: r.areaId }, changeNote: "Edit" });

    const comment = await createComment(db(), reviewer, { modificationId: dp162, fields: { roundId, requirementId: r.id, requirementVersion: edited.version, kind: "COMMENT", body: "Unclear.", severity: "MINOR" } });
    expect(await kinds(editor)).toEqual(["COMMENT_ON_EDITED_REQUIREMENT"]);
    expect((await inbox(editor))[0]).toMatchObject({ link: `/modifications/DP162/comments/${comment.number}`, text: expect.stringContaining(`C-${comment.number}: ${reviewer.name} commented`) });
    expect(await kinds(reviewer)).toEqual([]); // never told of one's own action

    await replyToComment(db(), colleague, { modificationId: dp162, commentId: comment.id, body: `Agreed, @${editor.name}.` });
    expect(await kinds(reviewer)).toEqual(["REPLY_IN_THREAD"]);
    // mentioned: told once, as a mention, not also as someone in the thread
    expect(await kinds(editor)).toEqual(["COMMENT_ON_EDITED_REQUIREMENT", "MENTION"]);

    const thread = () => db().comment.findUniqueOrThrow({ where: { id: comment.id }, select: { version: true } });
    await respondToComment(db(), editor, { modificationId: dp162, commentId: comment.id, expectedVersion: (await thread()).version, body: "Clarified." });
    expect(await kinds(colleague)).toEqual(["REPLY_IN_THREAD"]);
    await resolveComment(db(), secas, { modificationId: dp162, commentId: comment.id, expectedVersion: (await thread()).version, disposition: "ACCEPTED" });
    await reopenComment(db(), secas, { modificationId: dp162, commentId: comment.id, expectedVersion: (await thread()).version });
    expect(await kinds(reviewer)).toEqual(["REPLY_IN_THREAD", "REPLY_IN_THREAD", "DISPOSITION_ON_COMMENT", "DISPOSITION_ON_COMMENT"]);
    expect(await kinds(colleague)).toEqual(["REPLY_IN_THREAD"]);
  });

  it("refuses a mention of nobody, with a message for the text, and writes nothing", async () => {
    const before = await snapshotTables();
    await expect(
      createComment(db(), reviewer, { modificationId: dp162, fields: { roundId, kind: "COMMENT", body: "Ask @Nobody Atall about it.", severity: "MINOR" } }),
    ).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: { body: [expect.stringContaining('"@Nobody" is not a participant')] } });
    expect(changedTables(before, await snapshotTables())).toEqual([]);
  });
});
