import "server-only";
import type { Action } from "@/lib/auth/permissions";
import type { ChangeBoardGroup, ChangeBoardRecommendation, ChangeBoardVoteChoice, DecisionMaker, DecisionOutcome } from "@/lib/generated/prisma/enums";
import type { Committee, CommentDisposition, CommentKind, CommentSeverity, CommentStatus, ConsultationStatus, NotificationPreference, Position, RequirementStatus, Role, WindowStatus } from "@/lib/generated/prisma/enums";

/*
 * Every kind of audit event, in one place: what it is about, what its before and after hold,
 * how the audit page names it and reads its fields, and who may see it. recordAuditEvent accepts
 * only these kinds, each with its own payload; the audit page formats and filters by this table.
 * A new kind is added here first.
 */

type RequirementState = { title: string; body: string; status: RequirementStatus; areaId: string; position: number; version: number };
type ServiceRequestState = { eligibleForMdr: boolean; targetResponseTime: string; testingScenario: string; illustrative: boolean; version: number };
type AccountAccess = { role: Role; committee: Committee | null; organisationId: string | null; disabled: boolean };
type Noted = { changeNote: string };
/** A review round as its events record it (lib/reviews/round-snapshot.ts); times as ISO instants. */
type RoundState = { committee: Committee; title: string; introduction: string; questions: string[]; opensAt: string; closesAt: string; baselineId: string | null };
type RoundWindow = { status: WindowStatus; version: number };

type CommentWords = { body: string; quotedText: string | null; proposedWording: string | null; severity: CommentSeverity | null };
type ThreadState = { status: CommentStatus; version: number };

/** An event in a modification's audit log (its entity type is the Prisma model's name). */
type InModification<Entity extends string> = { entityType: Entity; modificationId: string };
/** An event about an account, in no modification's log. */
type AboutAccount = { entityType: "User"; modificationId?: null };

/** A new version of a requirement: an edit, a status change, a link added or removed (save-requirement-version.ts). */
type RequirementVersioned = InModification<"Requirement"> & { before: RequirementState; after: RequirementState & Noted & { addresses?: string[] } };

/** Each kind's subject and payload. A creation has no before. */
export type AuditPayloads = {
  "requirement.created": InModification<"Requirement"> & { after: Omit<RequirementState, "position"> & Noted & { ref: string } };
  "requirement.updated": RequirementVersioned;
  "requirement.statusChanged": RequirementVersioned;
  "requirement.linked": RequirementVersioned;
  "requirement.unlinked": RequirementVersioned;
  /** Order in an area is not part of a requirement's text: no version. */
  "requirement.moved": InModification<"Requirement"> & { before: { position: number }; after: { position: number; swappedWith: string } };
  "requirements.imported": InModification<"Modification"> & {
    after: { fileName: string; created: number; updated: number; unchanged: number; createdRefs: string[]; updatedRefs: string[] };
  };
  "serviceRequest.updated": InModification<"ServiceRequest"> & { before: ServiceRequestState; after: ServiceRequestState & Noted };
  /** `versions`: the version of each requirement frozen, by reference. */
  "baseline.created": InModification<"Baseline"> & { after: { id: string; name: string; description: string | null; versions: Record<string, number> } };
  "reviewRound.created": InModification<"ReviewRound"> & { after: RoundState & RoundWindow };
  "reviewRound.updated": InModification<"ReviewRound"> & { before: RoundState & { version: number }; after: RoundState & { version: number } };
  /** SECAS opened it: early (opensAt brought forward) and with its scope frozen if none was chosen. */
  "reviewRound.opened": InModification<"ReviewRound"> & {
    before: RoundWindow & { opensAt: string; baselineId: string | null };
    after: RoundWindow & { opensAt: string; openedAt: string; baselineId: string | null };
  };
  "reviewRound.closed": InModification<"ReviewRound"> & { before: RoundWindow; after: RoundWindow & { closedAt: string } };
  /** Its window passed: closed by the system (no actor) at its closing time. */
  "reviewRound.closedAutomatically": InModification<"ReviewRound"> & { before: RoundWindow; after: RoundWindow & { closedAt: string } };
  /** A thread (C-n): on a requirement at a version (by reference), an answer to question n, or general. */
  "comment.created": InModification<"Comment"> & {
    after: CommentWords & { number: number; kind: CommentKind; requirement: string | null; requirementVersion: number | null; question: number | null; version: number };
  };
  /** A reply in thread `thread` (its number). */
  "comment.replied": InModification<"Comment"> & { after: { thread: number; body: string; version: number } };
  "comment.responded": InModification<"Comment"> & { before: ThreadState; after: ThreadState & { response: string } };
  "comment.resolved": InModification<"Comment"> & { before: ThreadState; after: ThreadState & { disposition: CommentDisposition; dispositionReason: string | null } };
  "comment.reopened": InModification<"Comment"> & { before: ThreadState & { disposition: CommentDisposition | null }; after: ThreadState };
  "comment.edited": InModification<"Comment"> & {
    before: { body: string; proposedWording: string | null; version: number };
    after: { body: string; proposedWording: string | null; revision: number; version: number };
  };
  "comment.withdrawn": InModification<"Comment"> & { before: { version: number }; after: { withdrawnAt: string; version: number } };
  "comment.severityChanged": InModification<"Comment"> & { before: { severity: CommentSeverity | null; version: number }; after: { severity: CommentSeverity; reason: string; revision: number; version: number } };
  "user.created": AboutAccount & { after: AccountAccess & { id: string; name: string; email: string } };
  "user.accessChanged": AboutAccount & { before: AccountAccess & { version: number }; after: AccountAccess & { version: number } };
  "user.signedOutEverywhere": AboutAccount & { after: { sessionsEnded: number } };
  /** Each event, a daily digest, or none: how the user hears of notifications beyond the inbox. */
  "user.notificationPreferenceChanged": AboutAccount & { before: { notificationPreference: NotificationPreference }; after: { notificationPreference: NotificationPreference } };
  /**
   * A party's consultation response. No command records it yet (lib/consultations/ will); it is
   * here so that its visibility rule exists before the first confidential answer does.
   */
  "consultationResponse.submitted": InModification<"Response"> & {
    after: {
      consultation: string;
      organisation: string;
      /** A confidential response is shown only to those who may read confidential responses. */
      confidential: boolean;
      version: number;
      answers: { question: number; position: Position | null; rationale: string }[];
    };
  };
  /** Its window passed: closed by the system (no actor) at its closing time. */
  "consultation.closedAutomatically": InModification<"Consultation"> & {
    before: { status: ConsultationStatus; version: number };
    after: { status: ConsultationStatus; closedAt: string; version: number };
  };

  // consultations, setup (lib/consultations): add payloads below

  // consultation responses (lib/consultation-responses): add payloads below

  // collation and publishing (lib/collation): add payloads below

  // DCC impact assessments (lib/assessments): add payloads below

  // modification lifecycle (lib/modifications): add payloads below

  // Modification Reports (lib/reports): add payloads below

  // Change Board (lib/change-board): add payloads below
  "changeBoard.meetingRecorded": InModification<"ChangeBoardMeeting"> & { after: { reference: string; heldOn: string; report: string; version: number } };
  "changeBoard.voteRecorded": InModification<"ChangeBoardVote"> & {
    after: { meeting: string; memberName: string; organisation: string | null; votingGroup: ChangeBoardGroup; vote: ChangeBoardVoteChoice; rationale: string };
  };
  "changeBoard.meetingClosed": InModification<"ChangeBoardMeeting"> & {
    before: { version: number };
    after: { recommendation: ChangeBoardRecommendation; closedAt: string; votes: number; version: number };
  };
  "decision.recorded": InModification<"ModificationDecision"> & {
    after: { decidedBy: DecisionMaker; outcome: DecisionOutcome; decidedOn: string; reference: string; implementationRelease: string | null };
  };
};

export type AuditAction = keyof AuditPayloads;

type Side<A extends AuditAction, S extends "before" | "after"> = S extends keyof AuditPayloads[A] ? NonNullable<AuditPayloads[A][S & keyof AuditPayloads[A]]> : never;
/** The fields an event of kind A may hold, before or after. */
export type AuditField<A extends AuditAction> = Extract<keyof Side<A, "before"> | keyof Side<A, "after">, string>;

/** How a field's value reads on the page (describe-changes.ts does the reading). */
export type FieldReading =
  | "text"
  | "number"
  | "yesNo"
  /** an id of something the page can name (an area, a requirement) */
  | "name"
  | "requirementStatus"
  | "role"
  | "committee"
  | "windowStatus"
  | "consultationStatus"
  | "notificationPreference"
  /** an ISO instant, shown as a London date and time */
  | "dateTime"
  | "list"
  /** { "BR-01": 3 } → "BR-01 v3" */
  | "versions"
  | "answers";
export type FieldFormat = { label: string; reads: FieldReading };

/**
 * Who may see an event of a kind, on top of `audit.read` (the page's own permission):
 * - everyone who may read the audit;
 * - only those the matrix allows `permission`;
 * - everyone, except an event whose after[`flag`] is not false: then only those allowed `permission`
 *   (an event missing the flag is treated as flagged: the rule fails closed).
 * The reader applies it in its query (visibility.ts), so hidden events count nowhere.
 */
export type Visibility<A extends AuditAction> =
  | { to: "auditReaders" }
  | { to: "permitted"; permission: Action }
  | { to: "auditReadersUnlessFlagged"; flag: BooleanField<Side<A, "after">>; permission: Action };
type BooleanField<T> = { [K in keyof T]: T[K] extends boolean ? K : never }[keyof T] & string;

export type AuditEventKind<A extends AuditAction> = {
  /** "Requirement edited": the kind of change, in the filter list and on each row. */
  label: string;
  /** What it is about, e.g. "Requirement" (followed by its reference where known). */
  subject: string;
  entityType: AuditPayloads[A]["entityType"];
  /** Every field of the payload, in the order the page lists changes, with how it reads. */
  fields: Record<AuditField<A>, FieldFormat>;
  visibleTo: Visibility<A>;
};

const field = (label: string, reads: FieldReading = "text"): FieldFormat => ({ label, reads });
const REF = field("Reference");
const TITLE = field("Title");
const STATUS = field("Status", "requirementStatus");
const AREA = field("Area", "name");
const TEXT = field("Text");
const POSITION = field("Place in its area", "number");
const CHANGE_NOTE = field("Change note");
const VERSION = field("Version", "number");
const REQUIREMENT_VERSION_FIELDS = {
  title: TITLE,
  status: STATUS,
  areaId: AREA,
  body: TEXT,
  position: POSITION,
  changeNote: CHANGE_NOTE,
  /** The comment threads (C-n) the edit said it addresses. */
  addresses: field("Addresses", "list"),
  version: VERSION,
};
const ACCOUNT_FIELDS = { role: field("Role", "role"), committee: field("Committee", "committee"), organisationId: field("Organisation"), disabled: field("Disabled", "yesNo") };
const WINDOW_STATUS = field("Status", "windowStatus");
const ROUND_FIELDS = {
  committee: field("Committee", "committee"),
  title: TITLE,
  introduction: field("Introduction"),
  questions: field("Questions", "list"),
  opensAt: field("Opens", "dateTime"),
  closesAt: field("Closes", "dateTime"),
  baselineId: field("Scope", "name"),
};
const ROUND_CLOSED = { status: WINDOW_STATUS, closedAt: field("Closed", "dateTime"), version: VERSION };
const EVERYONE = { to: "auditReaders" } as const;
/** Review material: never to party respondents or visitors, whatever the audit page allows. */
const REVIEW_READERS = { to: "permitted", permission: "comment.read" } as const;
const COMMENT_BODY = field("Comment");
const THREAD_STATUS = field("Status");
const REVISION = field("Revision", "number");
const comment = <A extends Extract<AuditAction, `comment.${string}`>>(label: string, fields: AuditEventKind<A>["fields"]): AuditEventKind<A> => ({
  label,
  subject: "Comment",
  entityType: "Comment" as AuditEventKind<A>["entityType"],
  fields,
  visibleTo: REVIEW_READERS,
});
const ACCOUNT_MANAGERS = { to: "permitted", permission: "user.manage" } as const;

const requirementVersioned = (label: string): AuditEventKind<"requirement.updated"> => ({
  label,
  subject: "Requirement",
  entityType: "Requirement",
  fields: REQUIREMENT_VERSION_FIELDS,
  visibleTo: EVERYONE,
});

export const AUDIT_EVENTS: { [A in AuditAction]: AuditEventKind<A> } = {
  "requirement.created": {
    label: "Requirement created",
    subject: "Requirement",
    entityType: "Requirement",
    fields: { ref: REF, title: TITLE, status: STATUS, areaId: AREA, body: TEXT, changeNote: CHANGE_NOTE, version: VERSION },
    visibleTo: EVERYONE,
  },
  "requirement.updated": requirementVersioned("Requirement edited"),
  "requirement.statusChanged": requirementVersioned("Status changed"),
  "requirement.linked": requirementVersioned("Trace link added"),
  "requirement.unlinked": requirementVersioned("Trace link removed"),
  "requirement.moved": {
    label: "Requirement moved",
    subject: "Requirement",
    entityType: "Requirement",
    fields: { position: POSITION, swappedWith: field("Swapped with") },
    visibleTo: EVERYONE,
  },
  "requirements.imported": {
    label: "Requirements imported",
    subject: "Requirements",
    entityType: "Modification",
    fields: {
      fileName: field("File"),
      created: field("Added", "number"),
      updated: field("Changed", "number"),
      unchanged: field("Unchanged", "number"),
      createdRefs: field("Added requirements", "list"),
      updatedRefs: field("Changed requirements", "list"),
    },
    visibleTo: EVERYONE,
  },
  "serviceRequest.updated": {
    label: "Service Request edited",
    subject: "Service Request",
    entityType: "ServiceRequest",
    fields: {
      eligibleForMdr: field("Eligible for the MDR User Role", "yesNo"),
      targetResponseTime: field("Target Response Time"),
      testingScenario: field("Testing scenario"),
      illustrative: field("Illustrative", "yesNo"),
      changeNote: CHANGE_NOTE,
      version: VERSION,
    },
    visibleTo: EVERYONE,
  },
  "baseline.created": {
    label: "Baseline frozen",
    subject: "Baseline",
    entityType: "Baseline",
    fields: { name: field("Name"), description: field("Description"), versions: field("Requirement versions", "versions"), id: field("Baseline id") },
    visibleTo: EVERYONE,
  },
  "reviewRound.created": {
    label: "Review round planned",
    subject: "Review round",
    entityType: "ReviewRound",
    fields: { ...ROUND_FIELDS, status: WINDOW_STATUS, version: VERSION },
    visibleTo: EVERYONE,
  },
  "reviewRound.updated": { label: "Review round edited", subject: "Review round", entityType: "ReviewRound", fields: { ...ROUND_FIELDS, version: VERSION }, visibleTo: EVERYONE },
  "reviewRound.opened": {
    label: "Review round opened",
    subject: "Review round",
    entityType: "ReviewRound",
    fields: { status: WINDOW_STATUS, opensAt: ROUND_FIELDS.opensAt, openedAt: field("Opened", "dateTime"), baselineId: ROUND_FIELDS.baselineId, version: VERSION },
    visibleTo: EVERYONE,
  },
  "reviewRound.closed": { label: "Review round closed", subject: "Review round", entityType: "ReviewRound", fields: ROUND_CLOSED, visibleTo: EVERYONE },
  "reviewRound.closedAutomatically": {
    label: "Review round closed at the end of its window",
    subject: "Review round",
    entityType: "ReviewRound",
    fields: ROUND_CLOSED,
    visibleTo: EVERYONE,
  },
  "comment.created": comment<"comment.created">("Comment made", {
    number: field("Number", "number"),
    kind: field("Kind"),
    requirement: field("Requirement"),
    requirementVersion: field("On version", "number"),
    question: field("Answers question", "number"),
    quotedText: field("Quoted passage"),
    proposedWording: field("Proposed wording"),
    body: COMMENT_BODY,
    severity: field("Severity"),
    version: VERSION,
  }),
  "comment.replied": comment<"comment.replied">("Reply", { thread: field("In thread", "number"), body: COMMENT_BODY, version: VERSION }),
  "comment.responded": comment<"comment.responded">("Comment responded to", { status: THREAD_STATUS, response: field("Response"), version: VERSION }),
  "comment.resolved": comment<"comment.resolved">("Comment resolved", {
    status: THREAD_STATUS,
    disposition: field("Disposition"),
    dispositionReason: field("Reason"),
    version: VERSION,
  }),
  "comment.reopened": comment<"comment.reopened">("Comment reopened", { status: THREAD_STATUS, disposition: field("Disposition"), version: VERSION }),
  "comment.edited": comment<"comment.edited">("Comment edited", { body: COMMENT_BODY, proposedWording: field("Proposed wording"), revision: REVISION, version: VERSION }),
  "comment.withdrawn": comment<"comment.withdrawn">("Comment withdrawn", { withdrawnAt: field("Withdrawn", "dateTime"), version: VERSION }),
  "comment.severityChanged": comment<"comment.severityChanged">("Severity changed", { severity: field("Severity"), reason: field("Reason"), revision: REVISION, version: VERSION }),
  "user.created": {
    label: "Account created",
    subject: "Account",
    entityType: "User",
    fields: { name: field("Name"), email: field("Email"), ...ACCOUNT_FIELDS, id: field("Account id") },
    visibleTo: ACCOUNT_MANAGERS,
  },
  "user.accessChanged": {
    label: "Account access changed",
    subject: "Account",
    entityType: "User",
    fields: { ...ACCOUNT_FIELDS, version: VERSION },
    visibleTo: ACCOUNT_MANAGERS,
  },
  "user.signedOutEverywhere": {
    label: "Signed out everywhere",
    subject: "Account",
    entityType: "User",
    fields: { sessionsEnded: field("Sessions ended", "number") },
    visibleTo: ACCOUNT_MANAGERS,
  },
  "user.notificationPreferenceChanged": {
    label: "Email preference changed",
    subject: "Account",
    entityType: "User",
    fields: { notificationPreference: field("Email for notifications", "notificationPreference") },
    visibleTo: ACCOUNT_MANAGERS,
  },
  "consultationResponse.submitted": {
    label: "Consultation response submitted",
    subject: "Consultation response",
    entityType: "Response",
    fields: {
      consultation: field("Consultation"),
      organisation: field("Organisation"),
      confidential: field("Confidential", "yesNo"),
      answers: field("Answers", "answers"),
      version: VERSION,
    },
    visibleTo: { to: "auditReadersUnlessFlagged", flag: "confidential", permission: "consultation.readConfidential" },
  },
  "consultation.closedAutomatically": {
    label: "Consultation closed at the end of its window",
    subject: "Consultation",
    entityType: "Consultation",
    fields: { status: field("Status", "consultationStatus"), closedAt: field("Closed", "dateTime"), version: VERSION },
    visibleTo: EVERYONE,
  },

  // consultations, setup (lib/consultations): add kinds below

  // consultation responses (lib/consultation-responses): add kinds below

  // collation and publishing (lib/collation): add kinds below

  // DCC impact assessments (lib/assessments): add kinds below

  // modification lifecycle (lib/modifications): add kinds below

  // Modification Reports (lib/reports): add kinds below

  // Change Board (lib/change-board): add kinds below
  "changeBoard.meetingRecorded": {
    label: "Change Board meeting recorded",
    subject: "Change Board meeting",
    entityType: "ChangeBoardMeeting",
    fields: { reference: REF, heldOn: field("Held on"), report: field("Report"), version: VERSION },
    visibleTo: EVERYONE,
  },
  "changeBoard.voteRecorded": {
    label: "Change Board vote recorded",
    subject: "Change Board vote",
    entityType: "ChangeBoardVote",
    fields: {
      meeting: field("Meeting"),
      memberName: field("Member"),
      organisation: field("Organisation"),
      votingGroup: field("Voting group"),
      vote: field("Vote"),
      rationale: field("Rationale"),
    },
    visibleTo: EVERYONE,
  },
  "changeBoard.meetingClosed": {
    label: "Change Board meeting closed",
    subject: "Change Board meeting",
    entityType: "ChangeBoardMeeting",
    fields: { recommendation: field("Recommendation"), closedAt: field("Closed", "dateTime"), votes: field("Votes counted", "number"), version: VERSION },
    visibleTo: EVERYONE,
  },
  "decision.recorded": {
    label: "Decision recorded",
    subject: "Decision",
    entityType: "ModificationDecision",
    fields: {
      decidedBy: field("Decided by"),
      outcome: field("Decision"),
      decidedOn: field("Decided on"),
      reference: REF,
      implementationRelease: field("Implementation release"),
    },
    visibleTo: EVERYONE,
  },
};

export const AUDIT_ACTIONS = Object.keys(AUDIT_EVENTS) as AuditAction[];

export function isAuditAction(action: string): action is AuditAction {
  return Object.hasOwn(AUDIT_EVENTS, action);
}
