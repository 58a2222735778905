import { beforeAll, describe, expect, it } from "vitest";
import type { CurrentUser } from "@/lib/auth/current-user";
import { signOutEverywhere, startSession } from "@/lib/auth/sessions";
import { can, PRINCIPAL_KINDS, VISITOR, type Action, type PrincipalKind } from "@/lib/auth/permissions";
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
import { changeConsultationStatus } from "@/lib/consultations/change-consultation-status";
import { createConsultation } from "@/lib/consultations/create-consultation";
import { updateConsultation } from "@/lib/consultations/update-consultation";
import { consultationFields, planConsultation, putConsultationInStatus } from "@/test/support/plan-consultation";
import { changeReviewRoundStatus } from "@/lib/reviews/change-review-round-status";
import { createReviewRound } from "@/lib/reviews/create-review-round";
import { updateReviewRound } from "@/lib/reviews/update-review-round";
import { updateServiceRequest } from "@/lib/service-requests/update-service-request";
import { createActor } from "@/test/support/actors";
import { collationCases, prepareCollationCases } from "@/test/support/collation-command-cases";
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
import { enterResponseOnBehalf } from "@/lib/consultation-responses/enter-response-on-behalf";
import { saveResponseDraft } from "@/lib/consultation-responses/save-response-draft";
import { submitResponse } from "@/lib/consultation-responses/submit-response";
import { withdrawResponse } from "@/lib/consultation-responses/withdraw-response";
import { completeAnswers, createConsultation as createOpenConsultation, type TestConsultation } from "@/test/support/consultations";
import { recordAssessmentVersion } from "@/lib/assessments/record-assessment-version";
import { requestAssessment } from "@/lib/assessments/request-assessment";
import { anyBaseline, requestFor, versionFields } from "@/test/support/assessments";
import { attachDocument } from "@/lib/modifications/attach-document";
import { convertToModificationProposal } from "@/lib/modifications/convert-to-modification-proposal";
import { editOverviewSections } from "@/lib/modifications/edit-overview-sections";
import { moveModificationStage } from "@/lib/modifications/move-modification-stage";
import { raiseDraftProposal } from "@/lib/modifications/raise-draft-proposal";
import { draftProposalFields, modificationVersion, raiseTestProposal } from "@/test/support/lifecycle";
import { createReportDraft } from "@/lib/reports/create-report-draft";
import { editReportNarrative } from "@/lib/reports/edit-report-narrative";
import { publishReport } from "@/lib/reports/publish-report";
import { refreshGeneratedSections } from "@/lib/reports/refresh-generated-sections";
import { closeChangeBoardMeeting } from "@/lib/change-board/close-change-board-meeting";
import { recordChangeBoardMeeting } from "@/lib/change-board/record-change-board-meeting";
import { recordChangeBoardVote } from "@/lib/change-board/record-change-board-vote";
import { recordDecision } from "@/lib/change-board/record-decision";
import { createModificationReport, voteFields } from "@/test/support/change-board";

// Every command, run by every principal the permission matrix refuses, is refused and writes
// nothing at all (every table's rows compared before and after); run once by a principal the
// matrix allows, it goes through, so the refusals cannot pass for some other reason. The
// permissions each command needs are written out here, not read from the code under test.

type Command = (...args: never[]) => Promise<unknown>;
type Case = {
  /** The exported function, matched against the commands found in lib/. */
  command: Command;
  /** e.g. the target status, when one command needs a different permission per input. */
  variant?: string;
  actions: Action[];
  /** For resource rules: the resource the command loads (an author is named by the role standing for them, see asPrincipal). */
  resource?: object;
  run: (actor: CurrentUser | null) => Promise<unknown>;
  /** A command that changes only the actor's own state (their inbox) and is not audited: why, and the tables it writes. */
  unaudited?: { why: string; writes: string[] };
};

let dp162: string;
let counter = 0;
const actors = {} as Record<Role, CurrentUser>;
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

/** A planned consultation to edit and open, and an open one to close. */
const consultations = {} as Record<"toEdit" | "toOpen" | "toClose", string>;
const consultationVersion = async (id: string) => (await db().consultation.findUniqueOrThrow({ where: { id }, select: { version: true } })).version;
async function planConsultationsForCommands() {
  for (const key of ["toEdit", "toOpen", "toClose"] as const) consultations[key] = await planConsultation(actors.SECAS, dp162);
  await putConsultationInStatus(consultations.toClose, "OPEN");
}
/** Consultations open in DP162 for the response commands; the party respondent's (Kestrel Power's) response to each. */
const responseConsultations = {} as Record<"draft" | "submit" | "withdraw" | "onBehalf", TestConsultation>;
/** The response rule as the matrix reads it: the party respondent's own organisation (named by its role, see asPrincipal), consultation open. */
const OWN_RESPONSE = { organisationId: Role.PARTY_RESPONDENT, consultation: { status: "OPEN" } } as const;
/** The actor's own organisation's response, at its current version, answering every question (a visitor's run names the party's organisation). */
const responseInput = async (actor: CurrentUser | null, c: TestConsultation) => {
  const organisationId = (actor ?? actors.PARTY_RESPONDENT).organisationId!;
  const current = await db().response.findUnique({ where: { consultationId_organisationId: { consultationId: c.id, organisationId } }, select: { version: true } });
  return { modificationId: dp162, consultationId: c.id, organisationId, expectedVersion: current?.version ?? null, fields: completeAnswers(c) };
};
/** A Draft Proposal to convert, and one to withdraw. */
const lifecycle = {} as Record<"toConvert" | "toWithdraw", string>;

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

  // consultations, setup (lib/consultations): add cases below
  {
    command: createConsultation,
    actions: ["consultation.manage"],
    run: (actor) => createConsultation(db(), actor, { modificationId: dp162, fields: consultationFields() }),
  },
  {
    command: updateConsultation,
    actions: ["consultation.manage"],
    run: async (actor) =>
      updateConsultation(db(), actor, { modificationId: dp162, consultationId: consultations.toEdit, expectedVersion: await consultationVersion(consultations.toEdit), fields: consultationFields() }),
  },
  {
    command: changeConsultationStatus,
    variant: "→ Open",
    actions: ["consultation.manage"],
    run: async (actor) =>
      changeConsultationStatus(db(), actor, { modificationId: dp162, consultationId: consultations.toOpen, expectedVersion: await consultationVersion(consultations.toOpen), status: "OPEN" }),
  },
  {
    command: changeConsultationStatus,
    variant: "→ Closed",
    actions: ["consultation.manage"],
    run: async (actor) =>
      changeConsultationStatus(db(), actor, { modificationId: dp162, consultationId: consultations.toClose, expectedVersion: await consultationVersion(consultations.toClose), status: "CLOSED" }),
  },

  // consultation responses (lib/consultation-responses): add cases below
  {
    command: saveResponseDraft,
    actions: ["consultation.respond"],
    resource: OWN_RESPONSE,
    run: async (actor) => saveResponseDraft(db(), actor, await responseInput(actor, responseConsultations.draft)),
  },
  {
    command: submitResponse,
    actions: ["consultation.respond"],
    resource: OWN_RESPONSE,
    run: async (actor) => submitResponse(db(), actor, await responseInput(actor, responseConsultations.submit)),
  },
  {
    command: withdrawResponse,
    actions: ["consultation.respond"],
    resource: OWN_RESPONSE,
    run: async (actor) => withdrawResponse(db(), actor, await responseInput(actor, responseConsultations.withdraw)),
  },
  {
    command: enterResponseOnBehalf,
    actions: ["consultation.respondOnBehalf"],
    run: async (actor) => enterResponseOnBehalf(db(), actor, { ...(await responseInput(actors.PARTY_RESPONDENT, responseConsultations.onBehalf)), receivedAt: new Date() }),
  },

  // collation and publishing (lib/collation): add cases below
  ...collationCases(),

  // DCC impact assessments (lib/assessments): add cases below
  {
    command: requestAssessment,
    actions: ["impact.requestDcc"],
    run: async (actor) => {
      // One request awaited at a time: the earlier one (from beforeAll) is received first.
      const awaited = await db().dccAssessment.findFirst({ where: { modificationId: dp162, status: "REQUESTED" }, select: { id: true, version: true } });
      if (awaited && actor?.role === "SECAS") await recordAssessmentVersion(db(), actors.SECAS, { modificationId: dp162, assessmentId: awaited.id, expectedVersion: awaited.version, fields: versionFields() });
      return requestAssessment(db(), actor, { modificationId: dp162, fields: { kind: "IMPACT", baselineId: await anyBaseline(dp162), dueOn: "2099-01-31" } });
    },
  },
  {
    command: recordAssessmentVersion,
    actions: ["impact.writeDcc"],
    run: async (actor) => {
      const a = await db().dccAssessment.findFirstOrThrow({ where: { modificationId: dp162, status: { in: ["REQUESTED", "RECEIVED"] } }, orderBy: { createdAt: "desc" }, select: { id: true, version: true } });
      return recordAssessmentVersion(db(), actor, { modificationId: dp162, assessmentId: a.id, expectedVersion: a.version, fields: versionFields() });
    },
  },

  // modification lifecycle (lib/modifications): add cases below
  {
    command: raiseDraftProposal,
    actions: ["modification.manage"],
    run: async (actor) => raiseDraftProposal(db(), actor, await draftProposalFields()),
  },
  {
    command: convertToModificationProposal,
    actions: ["modification.manage"],
    run: async (actor) => convertToModificationProposal(db(), actor, { modificationId: lifecycle.toConvert, expectedVersion: 1, decidedOn: "2026-11-20", meeting: "SEC Panel" }),
  },
  {
    command: moveModificationStage,
    actions: ["modification.manage"],
    run: async (actor) =>
      moveModificationStage(db(), actor, { modificationId: lifecycle.toWithdraw, expectedVersion: await modificationVersion(lifecycle.toWithdraw), stage: "WITHDRAWN", movedOn: "2026-11-21", meeting: "Proposer's letter" }),
  },
  {
    command: editOverviewSections,
    actions: ["modification.manage"],
    run: async (actor) => {
      const m = await db().modification.findUniqueOrThrow({ where: { id: dp162 }, select: { summary: true, issue: true, solution: true, whoIsImpacted: true, secDocumentsAffected: true, version: true } });
      const { version, ...texts } = m;
      return editOverviewSections(db(), actor, { modificationId: dp162, expectedVersion: version, ...texts, solution: `${texts.solution}\n\nEdited by the command test.`, changeNote: "Command test" });
    },
  },
  {
    command: attachDocument,
    actions: ["modification.manage"],
    run: (actor) =>
      attachDocument(db(), actor, {
        modificationId: dp162,
        fields: { kind: "OTHER", title: `Command test ${++counter}`, publishedOn: "2026-11-22" },
        file: { name: "note.txt", type: "text/plain", bytes: Buffer.from("A note") },
      }),
  },

  // Modification Reports (lib/reports): add cases below
  {
    command: createReportDraft,
    actions: ["report.draft"],
    run: (actor) => createReportDraft(db(), actor, { modificationId: dp162, number: `${10 + ++counter}.0`, baselineId: null }),
  },
  {
    command: editReportNarrative,
    actions: ["report.draft"],
    run: async (actor) => {
      const reportId = await reportDraftFor(actor);
      const narrative = { summary: "Edited", issue: "", solution: "", implementation: "", assessment: "", workingGroupViews: "" };
      return editReportNarrative(db(), actor, { modificationId: dp162, reportId, expectedVersion: 1, narrative });
    },
  },
  {
    command: refreshGeneratedSections,
    actions: ["report.draft"],
    run: async (actor) => refreshGeneratedSections(db(), actor, { modificationId: dp162, reportId: await reportDraftFor(actor), expectedVersion: 1 }),
  },
  {
    command: publishReport,
    actions: ["report.publish"],
    // On the second modification (DP963): the threads above are DP162's major open ones, which rightly block publishing there.
    run: async (actor) => {
      const { id } = await db().modification.findUniqueOrThrow({ where: { number: 963 }, select: { id: true } });
      return publishReport(db(), actor, { modificationId: id, reportId: await reportDraftFor(actor, id), expectedVersion: 1 });
    },
  },

  // Change Board (lib/change-board): add cases below
  {
    command: recordChangeBoardMeeting,
    actions: ["changeBoard.manage"],
    run: async (actor) => recordChangeBoardMeeting(db(), actor, { modificationId: dp162, fields: { reportId: await reportV1(), reference: `CB-${++counter}`, heldOn: "2027-03-04" } }),
  },
  {
    command: recordChangeBoardVote,
    actions: ["changeBoard.manage"],
    run: async (actor) => recordChangeBoardVote(db(), actor, { modificationId: dp162, meetingId: meetings.forVotes, fields: voteFields(`Member ${++counter}`, "CONSUMER", "APPROVE") }),
  },
  {
    command: closeChangeBoardMeeting,
    actions: ["changeBoard.manage"],
    run: async (actor) => closeChangeBoardMeeting(db(), actor, { modificationId: dp162, meetingId: meetings.toClose, expectedVersion: await meetingVersion(meetings.toClose) }),
  },
  {
    command: recordDecision,
    actions: ["changeBoard.manage"],
    run: (actor) =>
      recordDecision(db(), actor, {
        modificationId: dp162,
        meetingId: meetings.closed,
        fields: { decidedBy: "OFGEM", outcome: "APPROVED", decidedOn: "2027-04-01", reference: "Decision letter", implementationRelease: "2027-11" },
      }),
  },
];

/** Functions found in lib/ that look like commands but are not run on behalf of a user by themselves. */
const NOT_COMMANDS: Record<string, string> = {
  performMutation: "the action wrapper: hands the signed-in user to a command",
  requirePermission: "the check itself",
  requireImportPermission: "the import's check, shared by its preview and applyRequirementsImport",
  recordAuditEvent: "writes the audit event inside a command's transaction",
  signInWithPassword: "signing in: there is no actor yet; every attempt is recorded for the throttle",
  createRequirementIn: "runs inside createRequirement or applyRequirementsImport, which check permission",
  updateRequirementIn: "runs inside updateRequirement or applyRequirementsImport, which check permission",
  saveRequirementVersion: "the write step shared by the requirement commands, inside their transactions",
  updateAtVersion: "the version check shared by the versioned commands, inside their transactions",
  startSession: "signing in: runs once the password is proved, before there is an actor",
  endSession: "signing out: ends only the session named by the cookie it is given",
  probeDatabase: "the health check's SELECT 1: reads nothing and changes nothing",
  lockAreas: "takes row locks inside a command's transaction, which checks permission",
  lockAllAreas: "takes row locks inside the import's transaction, which checks permission",
  createBaselineIn: "runs inside createBaseline or when a review round opens (changeReviewRoundStatus), which check permission",
  writeReply: "writes a reply inside replyToComment or respondToComment, which check permission",
  closeIfPastWindow: "the system closes rounds whose window has passed, for whoever looks: no actor, audited as the system's",
  notify: "writes the inbox and outbox rows of an event inside the transaction of the command that caused it",
  deliverOutbox: "the outbox sender in the web server's notification loop: sends what committed commands queued, no actor",
  notifyRoundsClosingSoon: "the notification loop's scheduled job: tells committees of rounds closing in 2 working days, no actor",
  queueDailyDigests: "the notification loop's scheduled job: queues each digest user's daily email, no actor",
  closeConsultationsPastWindow: "the system closes consultations whose window has passed, for whoever looks: no actor, audited as the system's",

  // consultations, setup: add non-commands below

  // consultation responses: add non-commands below
  findOwnResponse: "reads the reader's own organisation's response (checks consultation.readOwnResponse); writes only the system's closing of a past window",
  storeResponse: "the write step shared by the response commands, inside their transactions",
  requireMayRespond: "the response commands' check (the consultation.respond rule, with the reason in words), called inside them",
  writeAnswers: "writes a response's answers inside the response commands' transactions",

  // collation and publishing: add non-commands below

  // DCC impact assessments: add non-commands below

  // modification lifecycle: add non-commands below
  addMilestone: "writes a timeline milestone inside the transaction of convertToModificationProposal or moveModificationStage, which check permission",

  // Modification Reports: add non-commands below
  sha256: "hashes bytes (node:crypto's hash.update, not a database write)",

  // Change Board: add non-commands below
};

/**
 * A fresh draft report for a principal who may draft and publish (SECAS), made just before the
 * command; for anyone else a made-up id, since the command refuses before it reads the row — so a
 * refusal writes nothing, not even the draft.
 */
async function reportDraftFor(actor: CurrentUser | null, modificationId = dp162): Promise<string> {
  if (actor?.role !== "SECAS") return "no-report";
  return (await createReportDraft(db(), actor, { modificationId, number: `${10 + ++counter}.0`, baselineId: null })).id;
}
/** Change Board meetings: one open to take votes, one with a vote to close, one closed to decide on. */
const meetings = {} as Record<"forVotes" | "toClose" | "closed", string>;
const reportV1 = async () => (await db().report.findFirstOrThrow({ where: { modificationId: dp162, number: "1.0" }, select: { id: true } })).id;
const meetingVersion = async (id: string) => (await db().changeBoardMeeting.findUniqueOrThrow({ where: { id }, select: { version: true } })).version;

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
    ({ dp162 } = await seedTwoModifications());
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
    await planConsultationsForCommands();
    for (const key of Object.keys({ reply: 0, respond: 0, resolve: 0, reopen: 0, edit: 0, withdraw: 0, severity: 0 }) as (keyof typeof threads)[]) {
      const fields = { roundId: rounds.forComments, kind: "COMMENT" as const, severity: "MAJOR" as const, body: `Thread for ${key}` };
      threads[key] = (await createComment(db(), actors.WORKING_GROUP, { modificationId: dp162, fields })).id;
    }
    await resolveComment(db(), actors.SECAS, { modificationId: dp162, commentId: threads.reopen, expectedVersion: 1, disposition: "NOTED" });
    for (const key of ["draft", "submit", "withdraw", "onBehalf"] as const) responseConsultations[key] = await createOpenConsultation(dp162);
    await submitResponse(db(), actors.PARTY_RESPONDENT, await responseInput(actors.PARTY_RESPONDENT, responseConsultations.withdraw));
    await prepareCollationCases(dp162);
    // A Preliminary Assessment awaited, for recording a version (the seeded one is received).
    await requestFor(actors.SECAS, dp162);
    lifecycle.toConvert = (await raiseTestProposal(actors.SECAS)).id;
    lifecycle.toWithdraw = (await raiseTestProposal(actors.SECAS)).id;
    await createModificationReport(dp162);
    for (const key of ["forVotes", "toClose", "closed"] as const) {
      meetings[key] = (await recordChangeBoardMeeting(db(), actors.SECAS, { modificationId: dp162, fields: { reportId: await reportV1(), reference: `CB-${key}`, heldOn: "2027-03-04" } })).id;
    }
    for (const key of ["toClose", "closed"] as const) {
      await recordChangeBoardVote(db(), actors.SECAS, { modificationId: dp162, meetingId: meetings[key], fields: voteFields("Ann Large", "LARGE_SUPPLIER", "APPROVE") });
    }
    await closeChangeBoardMeeting(db(), actors.SECAS, { modificationId: dp162, meetingId: meetings.closed, expectedVersion: await meetingVersion(meetings.closed) });
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
    expect(missing, "add each to CASES in lib/commands.test.ts, or to NOT_COMMANDS with the reason").toEqual([]);
    expect([...listed].filter((n) => !found.some((f) => f.name === n)), "listed, but no longer found in lib/").toEqual([]);
    expect(Object.keys(NOT_COMMANDS).filter((n) => !all.some((f) => f.name === n)), "NOT_COMMANDS names a function that is gone").toEqual([]);
  });

  it("covers every target status of the status change", () => {
    expect(Object.keys(STATUS_CASES).sort()).toEqual(Object.values(RequirementStatus).sort());
  });
});
