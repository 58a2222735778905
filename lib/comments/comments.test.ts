import { beforeAll, describe, expect, it } from "vitest";
import { findActiveUser, type CurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { Committee, Role, WindowStatus } from "@/lib/generated/prisma/enums";
import { updateRequirement } from "@/lib/requirements/update-requirement";
import { updateUserAccess } from "@/lib/users/update-user-access";
import { createActor } from "@/test/support/actors";
import { resetDatabase } from "@/test/support/database";
import { planRound, putRoundInStatus } from "@/test/support/review-rounds";
import { changedTables, snapshotTables } from "@/test/support/snapshot";
import { seedTwoModifications } from "@/test/support/two-modifications";
import { expectVersionConflict } from "@/test/support/version-conflict";
import { changeCommentSeverity } from "./change-comment-severity";
import { createComment } from "./create-comment";
import { editComment } from "./edit-comment";
import { commentsLogFilterSchema, findCommentsLog } from "./find-comments-log";
import { findThreads } from "./find-threads";
import { reopenComment } from "./reopen-comment";
import { replyToComment } from "./reply-to-comment";
import { resolveComment } from "./resolve-comment";
import { respondToComment } from "./respond-to-comment";
import type { NewComment } from "./schemas";
import { withdrawComment } from "./withdraw-comment";

// The comment commands on the real database: who may comment (role × committee × round status,
// through the one matrix), bad input refused with a message and nothing written, threads numbered
// once each, replies racing, a disposition racing an edit, and edits recording what they address.

let dp162: string;
let secas: CurrentUser, wg: CurrentUser, dcc: CurrentUser, party: CurrentUser;
const reviewers = {} as Record<Committee, CurrentUser>;
const rounds = {} as Record<Committee, Record<WindowStatus, string>>;
let br03: { id: string; version: number; body: string; areaId: string; title: string };

const requirement = async (ref: string) =>
  db().requirement.findUniqueOrThrow({ where: { modificationId_ref: { modificationId: dp162, ref } }, select: { id: true, version: true, body: true, areaId: true, title: true } });
const commentVersion = async (id: string) => (await db().comment.findUniqueOrThrow({ where: { id }, select: { version: true } })).version;
const passage = (text: string) => text.split(/\s+/).slice(1, 6).join(" ");

async function expectNothingWritten(run: () => Promise<unknown>, expected: Partial<AppError> | RegExp) {
  const before = await snapshotTables();
  const error = await run().then(
    () => expect.fail("went through"),
    (e: unknown) => e,
  );
  if (expected instanceof RegExp) expect((error as Error).message).toMatch(expected);
  else expect(error).toMatchObject(expected);
  expect(changedTables(before, await snapshotTables())).toEqual([]);
  return error as AppError;
}

const onBr03 = (roundId: string, more: Partial<NewComment> = {}): NewComment => ({
  roundId,
  requirementId: br03.id,
  requirementVersion: br03.version,
  kind: "COMMENT",
  body: "The **window** is unclear.",
  severity: "MAJOR",
  ...more,
});

beforeAll(async () => {
  await resetDatabase();
  ({ dp162 } = await seedTwoModifications());
  [secas, wg, dcc, party] = await Promise.all([createActor("SECAS"), createActor("WORKING_GROUP"), createActor("DCC_ANALYST"), createActor("PARTY_RESPONDENT")]);
  for (const committee of Object.values(Committee)) {
    if (committee !== "WORKING_GROUP") reviewers[committee] = await createActor("REVIEWER", committee);
    rounds[committee] = {} as Record<WindowStatus, string>;
    for (const status of Object.values(WindowStatus)) {
      rounds[committee][status] = await planRound(secas, dp162, { committee });
      await putRoundInStatus(rounds[committee][status], status);
    }
  }
  br03 = await requirement("BR-03");
});

describe("who may comment: every role × committee × round status, through the matrix", () => {
  const people = () => [
    ...Object.values(Committee)
      .filter((c) => c !== "WORKING_GROUP")
      .map((c) => ({ label: `${c} reviewer`, actor: reviewers[c], any: false, committee: c as Committee | null })),
    { label: "WORKING_GROUP", actor: wg, any: true, committee: null },
    { label: "SECAS", actor: secas, any: true, committee: null },
    { label: "DCC_ANALYST", actor: dcc, any: true, committee: null },
    { label: "PARTY_RESPONDENT", actor: party, any: false, committee: null },
  ];
  for (const committee of Object.values(Committee)) {
    for (const status of Object.values(WindowStatus)) {
      it(`in a ${status} ${committee} round`, async () => {
        for (const p of people()) {
          const allowed = status === "OPEN" && (p.any || p.committee === committee);
          const run = () => createComment(db(), p.actor, { modificationId: dp162, fields: onBr03(rounds[committee][status]) });
          if (allowed) await expect(run(), p.label).resolves.toMatchObject({ number: expect.any(Number) });
          else await expectNothingWritten(run, { code: "FORBIDDEN" });
        }
      });
    }
  }

  it("refuses a visitor, writing nothing", async () => {
    await expectNothingWritten(() => createComment(db(), null, { modificationId: dp162, fields: onBr03(rounds.TABASC.OPEN) }), { code: "UNAUTHENTICATED" });
  });
});

describe("a comment", () => {
  it("is numbered C-n once per modification, anchored to the version shown, with revision 1 and its audit event", async () => {
    const next = (await db().modification.findUniqueOrThrow({ where: { id: dp162 } })).nextCommentNumber;
    const quote = passage(br03.body);
    const made = await createComment(db(), reviewers.TABASC, { modificationId: dp162, fields: onBr03(rounds.TABASC.OPEN, { quotedText: ` ${quote.replace(/ /g, "\n  ")} ` }) });
    expect(made.number).toBe(next);
    const row = await db().comment.findUniqueOrThrow({ where: { id: made.id }, include: { requirementVersion: true, revisions: true } });
    expect(row.requirementVersion?.version).toBe(br03.version);
    expect(row.revisions.map((r) => r.revision)).toEqual([1]);
    expect(await db().auditEvent.count({ where: { entityId: made.id, action: "comment.created" } })).toBe(1);
  });

  it("answers a question of its round, or is general; a question of another round is refused", async () => {
    const question = await db().reviewQuestion.findFirstOrThrow({ where: { reviewRoundId: rounds.TABASC.OPEN } });
    const other = await db().reviewQuestion.findFirstOrThrow({ where: { reviewRoundId: rounds.OPSG.OPEN } });
    await expect(createComment(db(), reviewers.TABASC, { modificationId: dp162, fields: { roundId: rounds.TABASC.OPEN, questionId: question.id, kind: "COMMENT", body: "Yes." } })).resolves.toBeTruthy();
    await expect(createComment(db(), reviewers.TABASC, { modificationId: dp162, fields: { roundId: rounds.TABASC.OPEN, kind: "QUESTION", body: "In general?" } })).resolves.toBeTruthy();
    await expectNothingWritten(() => createComment(db(), reviewers.TABASC, { modificationId: dp162, fields: { roundId: rounds.TABASC.OPEN, questionId: other.id, kind: "COMMENT", body: "Forged" } }), {
      code: "VALIDATION",
      fieldErrors: { questionId: ["That question is not one of this round's"] },
    });
    await expectNothingWritten(() => createComment(db(), reviewers.TABASC, { modificationId: dp162, fields: { roundId: rounds.TABASC.OPEN, questionId: "no-such-question", kind: "COMMENT", body: "?" } }), {
      code: "VALIDATION",
    });
  });

  it.each([
    ["an empty body", { body: "   " }, /highlighted/],
    ["a 20,000-character body", { body: "x".repeat(20_000) }, /highlighted/],
    ["a passage not in the text", { quotedText: "words that are not in BR-03 at all" }, /not in the version/],
    ["proposed wording without its passage", { kind: "PROPOSED_WORDING" as const, proposedWording: "The DCC shall" }, /highlighted/],
  ])("refuses %s with a message, writing nothing", async (_, more, message) => {
    const error = await expectNothingWritten(() => createComment(db(), reviewers.TABASC, { modificationId: dp162, fields: onBr03(rounds.TABASC.OPEN, more) }), message);
    expect(error.code).toBe("VALIDATION");
  });

  it("is refused once the round's window has passed (the round closes first)", async () => {
    const round = await planRound(secas, dp162, { committee: "TABASC" });
    const opensAt = new Date(Date.now() - 86_400_000);
    await db().reviewRound.update({ where: { id: round }, data: { status: "OPEN", opensAt, openedAt: opensAt, closesAt: new Date(Date.now() - 1000) } });
    await expect(createComment(db(), reviewers.TABASC, { modificationId: dp162, fields: onBr03(round) })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await db().reviewRound.findUniqueOrThrow({ where: { id: round } })).status).toBe("CLOSED");
  });

  it("numbers threads made at once without gaps or repeats", async () => {
    const made = await Promise.all(Array.from({ length: 6 }, () => createComment(db(), reviewers.TABASC, { modificationId: dp162, fields: onBr03(rounds.TABASC.OPEN) })));
    const numbers = made.map((m) => m.number).sort((a, b) => a - b);
    expect(new Set(numbers).size).toBe(6);
    expect(numbers.at(-1)! - numbers[0]!).toBe(5);
  });
});

describe("a thread", () => {
  const thread = () => createComment(db(), reviewers.TABASC, { modificationId: dp162, fields: onBr03(rounds.TABASC.OPEN) });

  it("takes replies from two people at once; a reply to a reply is not found", async () => {
    const { id } = await thread();
    const [a, b] = await Promise.all([replyToComment(db(), reviewers.TABASC, { modificationId: dp162, commentId: id, body: "Me too" }), replyToComment(db(), wg, { modificationId: dp162, commentId: id, body: "Noted" })]);
    expect(await db().comment.count({ where: { parentId: id } })).toBe(2);
    await expectNothingWritten(() => replyToComment(db(), wg, { modificationId: dp162, commentId: a.id, body: "Nested" }), { code: "NOT_FOUND" });
    expect(b.id).not.toBe(a.id);
  });

  it("lets another committee's reviewer and a party respondent not reply; the Working Group replies after the round closes", async () => {
    const { id } = await thread();
    await expectNothingWritten(() => replyToComment(db(), reviewers.OPSG, { modificationId: dp162, commentId: id, body: "Hi" }), { code: "FORBIDDEN" });
    await expectNothingWritten(() => replyToComment(db(), party, { modificationId: dp162, commentId: id, body: "Hi" }), { code: "FORBIDDEN" });
    const closed = await db().comment.create({ data: { modificationId: dp162, number: 9000, reviewRoundId: rounds.TABASC.CLOSED, authorId: reviewers.TABASC.id, authorRole: "REVIEWER", body: "Old" } });
    await expect(replyToComment(db(), wg, { modificationId: dp162, commentId: closed.id, body: "Late answer" })).resolves.toBeTruthy();
    await expectNothingWritten(() => replyToComment(db(), reviewers.TABASC, { modificationId: dp162, commentId: closed.id, body: "Too late" }), { code: "FORBIDDEN" });
  });

  it("keeps the organisation its author wrote for when SECAS moves the account elsewhere", async () => {
    const organisation = (name: string) => db().organisation.findUniqueOrThrow({ where: { name }, select: { id: true } });
    const [northernGas, brightwater] = [await organisation("Northern Gas Transport"), await organisation("Brightwater Energy")];
    const { id: authorId } = await createActor("REVIEWER", "TABASC");
    await db().user.update({ where: { id: authorId }, data: { organisationId: northernGas.id } }); // the only one there
    const author = (await findActiveUser(authorId))!;
    const { id, number } = await createComment(db(), author, { modificationId: dp162, fields: onBr03(rounds.TABASC.OPEN) });
    await replyToComment(db(), author, { modificationId: dp162, commentId: id, body: "Written at Northern Gas" });
    const access = { role: Role.REVIEWER, committee: Committee.TABASC, organisationId: brightwater.id, disabled: false };
    await updateUserAccess(db(), secas, { userId: author.id, expectedVersion: 1, access });
    const moved = (await findActiveUser(author.id))!;
    await replyToComment(db(), moved, { modificationId: dp162, commentId: id, body: "Written at Brightwater" });

    const [shown] = await findThreads(db(), dp162, { number });
    expect(shown!.authorOrganisation?.name).toBe("Northern Gas Transport");
    expect(shown!.replies.map((r) => [r.body, r.authorOrganisation?.name])).toEqual([
      ["Written at Northern Gas", "Northern Gas Transport"],
      ["Written at Brightwater", "Brightwater Energy"],
    ]);
    const log = (organisation: string) => findCommentsLog(db(), dp162, commentsLogFilterSchema.parse({ organisation }));
    expect((await log(brightwater.id)).threads).toEqual([]);
    expect((await log(northernGas.id)).threads.map((t) => [t.number, t.organisation])).toEqual([[number, "Northern Gas Transport"]]);
  });

  it("keeps the role each reply was written in: the log's response stays the one written as the Working Group", async () => {
    const [responder, reviewer] = [await createActor("WORKING_GROUP"), await createActor("REVIEWER", "TABASC")];
    const { id, number } = await createComment(db(), reviewer, { modificationId: dp162, fields: onBr03(rounds.TABASC.OPEN) });
    await respondToComment(db(), responder, { modificationId: dp162, commentId: id, expectedVersion: 1, body: "Answered by the Working Group" });
    await replyToComment(db(), reviewer, { modificationId: dp162, commentId: id, body: "A reviewer's follow-up" });
    // SECAS swaps their roles afterwards: the responder becomes a reviewer, the reviewer joins the Working Group.
    const organisationId = (who: CurrentUser) => who.organisationId ?? undefined;
    await updateUserAccess(db(), secas, { userId: responder.id, expectedVersion: 1, access: { role: Role.REVIEWER, committee: "SSC", organisationId: organisationId(responder), disabled: false } });
    await updateUserAccess(db(), secas, { userId: reviewer.id, expectedVersion: 1, access: { role: Role.WORKING_GROUP, organisationId: organisationId(reviewer), disabled: false } });

    const { threads } = await findCommentsLog(db(), dp162, commentsLogFilterSchema.parse({ round: rounds.TABASC.OPEN, status: "RESPONDED" }));
    expect(threads.find((t) => t.number === number)?.response).toMatchObject({ body: "Answered by the Working Group" });
  });

  it("is edited by its author only, keeping the earlier text; withdrawn, it stays as a stub", async () => {
    const { id } = await thread();
    await expectNothingWritten(() => editComment(db(), wg, { modificationId: dp162, commentId: id, expectedVersion: 1, body: "Hijacked" }), { code: "FORBIDDEN" });
    await editComment(db(), reviewers.TABASC, { modificationId: dp162, commentId: id, expectedVersion: 1, body: "Clearer now" });
    const revisions = await db().commentRevision.findMany({ where: { commentId: id }, orderBy: { revision: "asc" } });
    expect(revisions.map((r) => r.body)).toEqual(["The **window** is unclear.", "Clearer now"]);
    await expectNothingWritten(() => withdrawComment(db(), secas, { modificationId: dp162, commentId: id, expectedVersion: 2 }), { code: "FORBIDDEN" });
    await withdrawComment(db(), reviewers.TABASC, { modificationId: dp162, commentId: id, expectedVersion: 2 });
    expect(await db().comment.findUniqueOrThrow({ where: { id } })).toMatchObject({ withdrawnAt: expect.any(Date), body: "Clearer now" });
  });

  it("is responded to and resolved by the Working Group, reopened by its author; each step audited", async () => {
    const { id } = await thread();
    await expectNothingWritten(() => respondToComment(db(), reviewers.TABASC, { modificationId: dp162, commentId: id, expectedVersion: 1, body: "Self" }), { code: "FORBIDDEN" });
    const { version } = await respondToComment(db(), wg, { modificationId: dp162, commentId: id, expectedVersion: 1, body: "We will change it." });
    await expectNothingWritten(() => resolveComment(db(), wg, { modificationId: dp162, commentId: id, expectedVersion: version, disposition: "REJECTED" }), { code: "VALIDATION" });
    const resolved = await resolveComment(db(), wg, { modificationId: dp162, commentId: id, expectedVersion: version, disposition: "ACCEPTED_IN_PART" });
    await expectNothingWritten(() => reopenComment(db(), reviewers.SSC, { modificationId: dp162, commentId: id, expectedVersion: resolved.version }), { code: "FORBIDDEN" });
    await reopenComment(db(), reviewers.TABASC, { modificationId: dp162, commentId: id, expectedVersion: resolved.version });
    expect(await db().comment.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "OPEN", disposition: null });
    const actions = (await db().auditEvent.findMany({ where: { entityId: id }, orderBy: { id: "asc" } })).map((e) => e.action);
    expect(actions).toEqual(["comment.created", "comment.responded", "comment.resolved", "comment.reopened"]);
  });

  it("a disposition racing an edit: one wins, the other is a version conflict and writes nothing", async () => {
    const { id } = await thread();
    await editComment(db(), reviewers.TABASC, { modificationId: dp162, commentId: id, expectedVersion: 1, body: "Edited first" });
    await expectNothingWritten(() => resolveComment(db(), wg, { modificationId: dp162, commentId: id, expectedVersion: 1, disposition: "NOTED" }), { code: "CONFLICT" });
    await expectVersionConflict(resolveComment(db(), wg, { modificationId: dp162, commentId: id, expectedVersion: 1, disposition: "NOTED" }), {
      version: 2,
      author: reviewers.TABASC.name,
      what: `C-${(await db().comment.findUniqueOrThrow({ where: { id } })).number}`,
    });
    const outcomes = await Promise.allSettled([
      resolveComment(db(), wg, { modificationId: dp162, commentId: id, expectedVersion: 2, disposition: "NOTED" }),
      editComment(db(), reviewers.TABASC, { modificationId: dp162, commentId: id, expectedVersion: 2, body: "Edited again" }),
    ]);
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
    expect(outcomes.find((o) => o.status === "rejected")).toMatchObject({ reason: { code: "CONFLICT" } });
    expect(await commentVersion(id)).toBe(3);
  });

  it("has its severity changed by SECAS only, with a reason kept in a revision", async () => {
    const { id } = await thread();
    await expectNothingWritten(() => changeCommentSeverity(db(), wg, { modificationId: dp162, commentId: id, expectedVersion: 1, severity: "MINOR", reason: "x" }), { code: "FORBIDDEN" });
    await changeCommentSeverity(db(), secas, { modificationId: dp162, commentId: id, expectedVersion: 1, severity: "MINOR", reason: "Editorial in effect" });
    expect(await db().commentRevision.findFirstOrThrow({ where: { commentId: id, revision: 2 } })).toMatchObject({ severity: "MINOR", reason: "Editorial in effect" });
  });
});

describe("an edit addressing threads", () => {
  it("records them against the new version in the same transaction; addressing does not resolve", async () => {
    const a = await createComment(db(), reviewers.TABASC, { modificationId: dp162, fields: onBr03(rounds.TABASC.OPEN) });
    const r = await requirement("BR-03");
    const { version } = await updateRequirement(db(), wg, {
      modificationId: dp162,
      requirementId: r.id,
      expectedVersion: r.version,
      fields: { areaId: r.areaId, title: r.title, body: `${r.body} Clarified.` },
      changeNote: "Addresses the window comment",
      addressesCommentIds: [a.id],
    });
    const rows = await db().commentAddressedIn.findMany({ where: { commentId: a.id }, include: { requirementVersion: true } });
    expect(rows.map((x) => x.requirementVersion.version)).toEqual([version]);
    expect((await db().comment.findUniqueOrThrow({ where: { id: a.id } })).status).toBe("OPEN");
    const event = await db().auditEvent.findFirstOrThrow({ where: { entityId: r.id, action: "requirement.updated" }, orderBy: { id: "desc" } });
    expect(event.after).toMatchObject({ addresses: [`C-${a.number}`] });
  });

  it("refuses a thread on another requirement, or a resolved one, writing nothing", async () => {
    const br04 = await requirement("BR-04");
    const other = await createComment(db(), reviewers.TABASC, { modificationId: dp162, fields: { ...onBr03(rounds.TABASC.OPEN), requirementId: br04.id, requirementVersion: br04.version } });
    const resolved = await createComment(db(), reviewers.TABASC, { modificationId: dp162, fields: onBr03(rounds.TABASC.OPEN) });
    await resolveComment(db(), wg, { modificationId: dp162, commentId: resolved.id, expectedVersion: 1, disposition: "NOTED" });
    for (const id of [other.id, resolved.id]) {
      const r = await requirement("BR-03");
      const edit = { modificationId: dp162, requirementId: r.id, expectedVersion: r.version, fields: { areaId: r.areaId, title: r.title, body: `${r.body} More.` }, changeNote: "x" };
      await expectNothingWritten(() => updateRequirement(db(), wg, { ...edit, addressesCommentIds: [id] }), { code: "VALIDATION" });
    }
  });
});

describe("role coverage", () => {
  it("tests every role", () => {
    expect(new Set([secas.role, wg.role, dcc.role, party.role, reviewers.TABASC.role])).toEqual(new Set(Object.values(Role)));
  });
});
