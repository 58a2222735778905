import { beforeAll, describe, expect, it } from "vitest";
import type { CurrentUser } from "@/lib/auth/current-user";
import { signOutEverywhere, startSession } from "@/lib/auth/sessions";
import { can, PRINCIPAL_KINDS, VISITOR, type PrincipalKind } from "@/lib/auth/permissions";
import { createBaseline } from "@/lib/baselines/create-baseline";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { applyRequirementsImport } from "@/lib/exchange/apply-requirements-import";
import { RequirementStatus, Role } from "@/lib/generated/prisma/enums";
import { changeRequirementStatus } from "@/lib/requirements/change-requirement-status";
import { addTraceLink, removeTraceLink } from "@/lib/requirements/change-trace-links";
import { createRequirement } from "@/lib/requirements/create-requirement";
import { moveRequirement } from "@/lib/requirements/move-requirement";
import { updateRequirement } from "@/lib/requirements/update-requirement";
import { changeReviewRoundStatus } from "@/lib/reviews/change-review-round-status";
import { createReviewRound } from "@/lib/reviews/create-review-round";
import { updateReviewRound } from "@/lib/reviews/update-review-round";
import { updateServiceRequest } from "@/lib/service-requests/update-service-request";
import { createActor } from "@/test/support/actors";
import { assessmentCases, prepareAssessmentCases } from "@/test/support/command-cases/assessments";
import type { Actors, CommandCase as Case } from "@/test/support/command-cases/case";
import { collationCases, prepareCollationCases } from "@/test/support/command-cases/collation";
import { consultationCases, prepareConsultationCases } from "@/test/support/command-cases/consultations";
import { lifecycleCases, prepareLifecycleCases } from "@/test/support/command-cases/lifecycle";
import { NOT_COMMANDS } from "@/test/support/command-cases/not-commands";
import { prepareReportCases, reportCases } from "@/test/support/command-cases/reports";
import { findCommandsInSource } from "@/test/support/commands-in-source";
import { planRound, putRoundInStatus, roundFields } from "@/test/support/review-rounds";
import { resetDatabase } from "@/test/support/database";
import { changedTables, snapshotTables } from "@/test/support/snapshot";
import { seedTwoModifications } from "@/test/support/two-modifications";
import { createUser } from "@/lib/users/create-user";
import { changeCommentSeverity } from "@/lib/comments/change-comment-severity";
import { createComment } from "@/lib/comments/create-comment";
import { editComment } from "@/lib/comments/edit-comment";
import { reopenComment } from "@/lib/comments/reopen-comment";
import { replyToComment } from "@/lib/comments/reply-to-comment";
import { resolveComment } from "@/lib/comments/resolve-comment";
import { respondToComment } from "@/lib/comments/respond-to-comment";
import { withdrawComment } from "@/lib/comments/withdraw-comment";
import { updateUserAccess } from "@/lib/users/update-user-access";
import { markAllNotificationsRead } from "@/lib/notifications/mark-all-notifications-read";
import { markNotificationRead } from "@/lib/notifications/mark-notification-read";
import { notify } from "@/lib/notifications/notify";
import { updateNotificationPreference } from "@/lib/notifications/update-notification-preference";

// Every command, run by every principal the permission matrix refuses, is refused and writes
// nothing at all (every table's rows compared before and after); run once by a principal the
// matrix allows, it goes through, so the refusals cannot pass for some other reason. The
// permissions each command needs are written out here (and in test/support/command-cases/), not
// read from the code under test.

let dp162: string;
let counter = 0;
const actors = {} as Actors;
let accountToChange: CurrentUser;
/** Someone with an open session, for "sign out everywhere". */
let signedInElsewhere: CurrentUser;
/** A planned round to edit and open, and an open one to close. */
const rounds = {} as Record<"toEdit" | "toOpen" | "toClose" | "forComments", string>;
/** A thread for each comment command, written by the Working Group member in the open OPSG round. */
const threads = {} as Record<"reply" | "respond" | "resolve" | "reopen" | "edit" | "withdraw" | "severity", string>;
const commentVersion = async (id: string) => (await db().comment.findUniqueOrThrow({ where: { id }, select: { version: true } })).version;
/** The round the comment commands run in, as the matrix reads it: the test reviewer's committee (createActor's default), open. */
const OPEN_ROUND = { round: { committee: "OPSG", status: "OPEN" } } as const;
const OWN_COMMENT = { authorId: Role.WORKING_GROUP, round: { status: "OPEN" } } as const;

const roundVersion = async (id: string) => (await db().reviewRound.findUniqueOrThrow({ where: { id }, select: { version: true } })).version;

const requirement = (ref: string) =>
  db().requirement.findUniqueOrThrow({ where: { modificationId_ref: { modificationId: dp162, ref } }, select: { id: true, areaId: true, title: true, body: true, version: true } });

const toStatus = (ref: string, status: RequirementStatus) => async (actor: CurrentUser | null) => {
  const r = await requirement(ref);
  return changeRequirementStatus(db(), actor, { modificationId: dp162, requirementId: r.id, expectedVersion: r.version, status, reason: "Command test" });
};

const STATUS_CASES: Record<RequirementStatus, Case> = {
  DRAFT: { command: changeRequirementStatus, variant: "→ Draft", actions: ["requirement.edit"], run: toStatus("BR-03", "DRAFT") },
  PROPOSED: { command: changeRequirementStatus, variant: "→ Proposed", actions: ["requirement.propose"], run: toStatus("BR-04", "PROPOSED") },
  AGREED: { command: changeRequirementStatus, variant: "→ Agreed", actions: ["requirement.agree"], run: toStatus("BR-05", "AGREED") },
  WITHDRAWN: { command: changeRequirementStatus, variant: "→ Withdrawn", actions: ["requirement.withdraw"], run: toStatus("BR-06", "WITHDRAWN") },
};

/** An unread notification of the actor's own (a visitor's run names someone's). */
const unreadOf = async (actor: CurrentUser | null) =>
  (await db().notification.findFirstOrThrow({ where: { userId: (actor ?? actors.REVIEWER).id, readAt: null }, select: { id: true } })).id;
const INBOX_ONLY = { why: "reading one's own inbox changes no shared record", writes: ["Notification"] };

const CASES: Case[] = [
  {
    command: createRequirement,
    actions: ["requirement.create"],
    run: async (actor) => {
      const { areaId } = await requirement("BR-01");
      return createRequirement(db(), actor, { modificationId: dp162, fields: { areaId, title: "Added by the command test", body: "Text" }, changeNote: "First draft" });
    },
  },
  {
    command: updateRequirement,
    actions: ["requirement.edit"],
    run: async (actor) => {
      const r = await requirement("BR-01");
      return updateRequirement(db(), actor, { modificationId: dp162, requirementId: r.id, expectedVersion: r.version, fields: { areaId: r.areaId, title: r.title, body: `${r.body} Edited.` }, changeNote: "Edit" });
    },
  },
  ...Object.values(STATUS_CASES),
  {
    command: moveRequirement,
    actions: ["requirement.edit"],
    run: async (actor) => moveRequirement(db(), actor, { modificationId: dp162, requirementId: (await requirement("BR-07")).id, direction: "up" }),
  },
  {
    command: addTraceLink,
    actions: ["requirement.link"],
    run: async (actor) => {
      const r = await requirement("BR-08");
      return addTraceLink(db(), actor, { modificationId: dp162, requirementId: r.id, link: { kind: "SEC_SECTION", target: `Section T${++counter}`, expectedVersion: r.version } });
    },
  },
  {
    command: removeTraceLink,
    actions: ["requirement.link"],
    run: async (actor) => {
      const r = await requirement("BR-02");
      const link = await db().traceLink.findFirstOrThrow({ where: { requirementId: r.id }, select: { id: true } });
      return removeTraceLink(db(), actor, { modificationId: dp162, requirementId: r.id, linkId: link.id, expectedVersion: r.version });
    },
  },
  {
    command: updateServiceRequest,
    actions: ["serviceRequest.edit"],
    run: async (actor) => {
      const sr = await db().serviceRequest.findUniqueOrThrow({ where: { modificationId_number: { modificationId: dp162, number: "4.1" } } });
      const edit = { eligibleForMdr: !sr.eligibleForMdr, illustrative: true, targetResponseTime: "10 seconds", testingScenario: "Scenario", changeNote: "Edit", expectedVersion: sr.version };
      return updateServiceRequest(db(), actor, { modificationId: dp162, serviceRequestId: sr.id, edit });
    },
  },
  {
    command: createBaseline,
    actions: ["baseline.create"],
    run: (actor) => createBaseline(db(), actor, { modificationId: dp162, name: `Command test ${++counter}` }),
  },
  {
    command: createReviewRound,
    actions: ["reviewRound.manage"],
    run: (actor) => createReviewRound(db(), actor, { modificationId: dp162, fields: roundFields() }),
  },
  {
    command: updateReviewRound,
    actions: ["reviewRound.manage"],
    run: async (actor) =>
      updateReviewRound(db(), actor, { modificationId: dp162, roundId: rounds.toEdit, expectedVersion: await roundVersion(rounds.toEdit), fields: roundFields() }),
  },
  {
    command: changeReviewRoundStatus,
    variant: "→ Open",
    actions: ["reviewRound.manage"],
    run: async (actor) =>
      changeReviewRoundStatus(db(), actor, { modificationId: dp162, roundId: rounds.toOpen, expectedVersion: await roundVersion(rounds.toOpen), status: "OPEN" }),
  },
  {
    command: changeReviewRoundStatus,
    variant: "→ Closed",
    actions: ["reviewRound.manage"],
    run: async (actor) =>
      changeReviewRoundStatus(db(), actor, { modificationId: dp162, roundId: rounds.toClose, expectedVersion: await roundVersion(rounds.toClose), status: "CLOSED" }),
  },
  {
    command: createComment,
    actions: ["comment.create"],
    resource: OPEN_ROUND,
    run: (actor) => createComment(db(), actor, { modificationId: dp162, fields: { roundId: rounds.forComments, kind: "COMMENT", body: "A command test comment" } }),
  },
  {
    command: replyToComment,
    actions: ["comment.reply"],
    resource: OPEN_ROUND,
    run: (actor) => replyToComment(db(), actor, { modificationId: dp162, commentId: threads.reply, body: "A reply" }),
  },
  {
    command: respondToComment,
    actions: ["comment.respond"],
    run: async (actor) => respondToComment(db(), actor, { modificationId: dp162, commentId: threads.respond, expectedVersion: await commentVersion(threads.respond), body: "Our response" }),
  },
  {
    command: resolveComment,
    actions: ["comment.resolve"],
    run: async (actor) => resolveComment(db(), actor, { modificationId: dp162, commentId: threads.resolve, expectedVersion: await commentVersion(threads.resolve), disposition: "NOTED" }),
  },
  {
    command: reopenComment,
    actions: ["comment.reopen"],
    resource: { authorId: Role.WORKING_GROUP },
    run: async (actor) => reopenComment(db(), actor, { modificationId: dp162, commentId: threads.reopen, expectedVersion: await commentVersion(threads.reopen) }),
  },
  {
    command: editComment,
    actions: ["comment.editOwn"],
    resource: OWN_COMMENT,
    run: async (actor) => editComment(db(), actor, { modificationId: dp162, commentId: threads.edit, expectedVersion: await commentVersion(threads.edit), body: "Edited" }),
  },
  {
    command: withdrawComment,
    actions: ["comment.withdrawOwn"],
    resource: OWN_COMMENT,
    run: async (actor) => withdrawComment(db(), actor, { modificationId: dp162, commentId: threads.withdraw, expectedVersion: await commentVersion(threads.withdraw) }),
  },
  {
    command: changeCommentSeverity,
    actions: ["comment.changeSeverity"],
    run: async (actor) =>
      changeCommentSeverity(db(), actor, { modificationId: dp162, commentId: threads.severity, expectedVersion: await commentVersion(threads.severity), severity: "MINOR", reason: "Command test" }),
  },
  {
    command: createUser,
    actions: ["user.manage"],
    run: (actor) =>
      createUser(db(), actor, { name: "New", email: `new-${++counter}@example.com`, password: "a long enough password", role: "DCC_ANALYST", disabled: false }),
  },
  {
    command: updateUserAccess,
    actions: ["user.manage"],
    run: async (actor) => {
      const { version } = await db().user.findUniqueOrThrow({ where: { id: accountToChange.id }, select: { version: true } });
      return updateUserAccess(db(), actor, { userId: accountToChange.id, expectedVersion: version, access: { role: "SECAS", disabled: false } });
    },
  },
  {
    command: signOutEverywhere,
    variant: "of someone else",
    actions: ["user.manage"],
    run: (actor) => signOutEverywhere(db(), actor, signedInElsewhere.id),
  },
  {
    command: markNotificationRead,
    actions: ["notification.readOwn"],
    run: async (actor) => markNotificationRead(db(), actor, { notificationId: await unreadOf(actor) }),
    unaudited: INBOX_ONLY,
  },
  {
    command: markAllNotificationsRead,
    actions: ["notification.readOwn"],
    run: (actor) => markAllNotificationsRead(db(), actor),
    unaudited: INBOX_ONLY,
  },
  {
    command: updateNotificationPreference,
    actions: ["account.manage"],
    run: async (actor) => {
      const current = actor && (await db().user.findUniqueOrThrow({ where: { id: actor.id }, select: { notificationPreference: true } })).notificationPreference;
      return updateNotificationPreference(db(), actor, { preference: current === "NONE" ? "DAILY_DIGEST" : "NONE" });
    },
  },
  {
    command: applyRequirementsImport,
    actions: ["requirement.create", "requirement.edit"],
    run: async (actor) => {
      const area = await db().requirementArea.findFirstOrThrow({ where: { modificationId: dp162 }, orderBy: { position: "asc" } });
      const rows = [{ row: 2, ref: "", area: area.title, title: "Imported by the command test", body: "Text", version: "" }];
      return applyRequirementsImport(db(), actor, { modificationId: dp162, payload: { fileName: "test.csv", rows } });
    },
  },

  ...consultationCases(),
  ...collationCases(),
  ...assessmentCases(),
  ...lifecycleCases(),
  ...reportCases(),
];



const name = (c: Case) => `${c.command.name}${c.variant ? ` ${c.variant}` : ""}`;
/**
 * A principal of that role stands for it: its id is the role's name (a case's resource names an
 * author so: the Working Group member wrote the comments), a reviewer is of the test actors' committee,
 * a party respondent's organisation is named by the role too (a response case's resource names it so).
 */
const asPrincipal = (p: PrincipalKind) =>
  p === VISITOR ? VISITOR : { id: p, role: p, committee: p === Role.REVIEWER ? ("OPSG" as const) : null, organisationId: p === Role.PARTY_RESPONDENT ? p : null };
const allowed = (c: Case) => PRINCIPAL_KINDS.filter((p) => c.actions.every((a) => (can as (...args: unknown[]) => boolean)(asPrincipal(p), a, c.resource)));
const refused = (c: Case) => PRINCIPAL_KINDS.filter((p) => !allowed(c).includes(p));
const actorFor = (p: PrincipalKind) => (p === VISITOR ? null : actors[p]);

describe("every command × every principal the matrix refuses", () => {
  beforeAll(async () => {
    await resetDatabase();
    const seeded = await seedTwoModifications();
    dp162 = seeded.dp162;
    for (const role of Object.values(Role)) actors[role] = await createActor(role);
    // Two unread notifications each: one to mark read, one for "mark all read".
    for (const dedupeKey of ["commands-test-1", "commands-test-2"]) {
      await db().$transaction((tx) => notify(tx, { userIds: Object.values(actors).map((a) => a.id), actorId: null, kind: "MENTION", modificationId: dp162, link: "/inbox", text: "Test", dedupeKey }));
    }
    accountToChange = await createActor("REVIEWER");
    signedInElsewhere = await createActor("DCC_ANALYST");
    await startSession(db(), signedInElsewhere.id);
    // Agreeing and reopening need a proposed requirement.
    for (const ref of ["BR-03", "BR-05"]) await toStatus(ref, "PROPOSED")(actors.SECAS);
    rounds.toEdit = await planRound(actors.SECAS, dp162);
    rounds.toOpen = await planRound(actors.SECAS, dp162);
    rounds.toClose = await planRound(actors.SECAS, dp162);
    await putRoundInStatus(rounds.toClose, "OPEN");
    rounds.forComments = await planRound(actors.SECAS, dp162, { committee: "OPSG" });
    await putRoundInStatus(rounds.forComments, "OPEN");
    await prepareConsultationCases(dp162, actors);
    for (const key of Object.keys({ reply: 0, respond: 0, resolve: 0, reopen: 0, edit: 0, withdraw: 0, severity: 0 }) as (keyof typeof threads)[]) {
      const fields = { roundId: rounds.forComments, kind: "COMMENT" as const, severity: "MAJOR" as const, body: `Thread for ${key}` };
      threads[key] = (await createComment(db(), actors.WORKING_GROUP, { modificationId: dp162, fields })).id;
    }
    await resolveComment(db(), actors.SECAS, { modificationId: dp162, commentId: threads.reopen, expectedVersion: 1, disposition: "NOTED" });
    await prepareCollationCases(dp162);
    await prepareAssessmentCases(dp162, actors);
    await prepareLifecycleCases(dp162, actors);
    await prepareReportCases(dp162, seeded.other, actors);
  });

  const refusals = CASES.flatMap((c) => refused(c).map((principal) => ({ c, principal })));
  it.each(refusals.map(({ c, principal }) => [name(c), principal, c] as const))("%s is refused to %s and writes nothing", async (_, principal, c) => {
    const before = await snapshotTables();
    const error = await c.run(actorFor(principal)).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: principal === VISITOR ? "UNAUTHENTICATED" : "FORBIDDEN" });
    expect(changedTables(before, await snapshotTables())).toEqual([]);
  });

  // Last, as they change the data the refusals above ran on.
  it.each(CASES.map((c) => [name(c), c] as const))("%s goes through for a principal the matrix allows, with its audit event", async (_, c) => {
    const principal = allowed(c).find((p) => p !== "SECAS") ?? allowed(c)[0];
    expect(principal, "the matrix allows nobody: the refusals prove nothing").toBeDefined();
    const before = await snapshotTables();
    await c.run(actorFor(principal!));
    const changed = changedTables(before, await snapshotTables());
    if (c.unaudited) {
      expect(changed).toEqual(c.unaudited.writes);
      return;
    }
    expect(changed).toContain("AuditEvent");
    expect(changed.length).toBeGreaterThan(1);
  });
});

describe("the command table", () => {
  it("lists every command in lib/, and nothing that is not one", () => {
    const all = findCommandsInSource();
    const found = all.filter((f) => !Object.hasOwn(NOT_COMMANDS, f.name));
    const listed = new Set(CASES.map((c) => c.command.name));
    const missing = found.filter((f) => !listed.has(f.name)).map((f) => `${f.name} (${f.file}: ${f.why.join(", ")})`);
    expect(missing, "add each to CASES in lib/commands.test.ts (or its area's test/support/command-cases/), or to NOT_COMMANDS with the reason").toEqual([]);
    expect([...listed].filter((n) => !found.some((f) => f.name === n)), "listed, but no longer found in lib/").toEqual([]);
    expect(Object.keys(NOT_COMMANDS).filter((n) => !all.some((f) => f.name === n)), "NOT_COMMANDS names a function that is gone").toEqual([]);
  });

  it("covers every target status of the status change", () => {
    expect(Object.keys(STATUS_CASES).sort()).toEqual(Object.values(RequirementStatus).sort());
  });
});
