import "server-only";
import type { Action } from "@/lib/auth/permissions";
import type { ChangeBoardGroup, ChangeBoardRecommendation, ChangeBoardVoteChoice, CommentDisposition, CommentKind, CommentSeverity, CommentStatus, Committee, ConsultationKind, ConsultationStatus, DccAssessmentKind, DccAssessmentStatus, DecisionMaker, DecisionOutcome, DocumentKind, ModificationPath, ModificationStage, NotificationPreference, Position, RequirementStatus, ResponseStatus, Role, WindowStatus } from "@/lib/generated/prisma/enums";

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
type DccFigures = {
  designAndBuild: string;
  testing: string;
  implementation: string;
  ongoingPerYear: string;
  leadTimeWeeks: number;
  earliestRelease: string;
  systems: string[];
  assumptions: string;
  validUntil: string;
};
/** A review round as its events record it (lib/reviews/round-snapshot.ts); times as ISO instants. */
type RoundState = { committee: Committee; title: string; introduction: string; questions: string[]; opensAt: string; closesAt: string; baselineId: string | null };
type RoundWindow = { status: WindowStatus; version: number };
/** A consultation as its events record it (lib/consultations/consultation-snapshot.ts); questions as "n. [KIND] text". */
type ConsultationState = { kind: ConsultationKind; title: string; introduction: string; questions: string[]; opensAt: string; closesAt: string; baselineId: string | null; reportId: string | null };
type ConsultationWindow = { status: ConsultationStatus; version: number };

/** A consultation response as its events record it (lib/consultation-responses/response-snapshot.ts). */
type ResponseState = { consultation: string; organisation: string; status: ResponseStatus; confidential: boolean; version: number };
type ResponseWords = { answers: { question: number; position: Position | null; rationale: string }[] };
type ReportNarrative = { summary: string; issue: string; solution: string; implementation: string; assessment: string; workingGroupViews: string };

type CommentWords = { body: string; quotedText: string | null; proposedWording: string | null; severity: CommentSeverity | null };
type ThreadState = { status: CommentStatus; version: number };

/** A modification's overview sections as an edit records them: only the ones it changed. */
type OverviewTexts = Partial<Record<"summary" | "issue" | "solution" | "whoIsImpacted" | "secDocumentsAffected", string>>;

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
  "consultation.created": InModification<"Consultation"> & { after: ConsultationState & ConsultationWindow };
  /** Planned: anything; open: title, introduction, closing time and report only (update-consultation.ts). */
  "consultation.updated": InModification<"Consultation"> & { before: ConsultationState & { version: number }; after: ConsultationState & { version: number } };
  /** SECAS opened it: early (opensAt brought forward) and with the requirements frozen if no baseline was chosen. */
  "consultation.opened": InModification<"Consultation"> & {
    before: ConsultationWindow & { opensAt: string; baselineId: string | null };
    after: ConsultationWindow & { opensAt: string; openedAt: string; baselineId: string | null };
  };
  /** SECAS closed it before the end of its window. */
  "consultation.closed": InModification<"Consultation"> & { before: ConsultationWindow; after: ConsultationWindow & { closedAt: string } };

  // consultation responses (lib/consultation-responses): add payloads below
  /** A draft saved (first save creates the organisation's response). Flagged confidential when the response or any answer is. */
  "consultationResponse.saved": InModification<"Response"> & { before?: ResponseState; after: ResponseState & ResponseWords };
  "consultationResponse.withdrawn": InModification<"Response"> & { before: ResponseState; after: ResponseState & { withdrawnAt: string } };
  /** SECAS entered a response received by email, as submitted at `receivedAt` (late when after the close). */
  "consultationResponse.enteredOnBehalf": InModification<"Response"> & {
    before?: ResponseState;
    after: ResponseState & ResponseWords & { receivedAt: string; late: boolean };
  };

  // collation and publishing (lib/collation): add payloads below
  /** SECAS set the themes of one answer (to question `question`). Flagged when the answer or its response is confidential. */
  "collation.themesTagged": InModification<"Answer"> & { before: { themes: string[] }; after: { question: number; themes: string[]; confidential: boolean } };
  "collation.summaryWritten": InModification<"Question"> & { before: { summary: string; version: number }; after: { question: number; summary: string; version: number } };
  "consultation.collated": InModification<"Consultation"> & { before: { status: ConsultationStatus; version: number }; after: { status: ConsultationStatus; collatedAt: string; version: number } };
  "consultation.published": InModification<"Consultation"> & { before: { status: ConsultationStatus; version: number }; after: { status: ConsultationStatus; publishedAt: string; version: number } };

  // DCC impact assessments (lib/assessments): add payloads below
  /** SECAS asked the DCC for an assessment of a baseline (`baseline`: its name), due on a date (YYYY-MM-DD). */
  "dccAssessment.requested": InModification<"DccAssessment"> & {
    after: { kind: DccAssessmentKind; baselineId: string; dueOn: string; request: string; status: DccAssessmentStatus; version: number };
  };
  /** A version of the DCC's figures: amounts as written in pounds ("£120,000"), the release as "2027-06". */
  "dccAssessment.versionRecorded": InModification<"DccAssessment"> & {
    before: { status: DccAssessmentStatus; version: number };
    after: DccFigures & Noted & { number: number; status: DccAssessmentStatus; version: number };
  };
  /** A newer assessment (`supersededBy`: its kind and date) was received. */
  "dccAssessment.superseded": InModification<"DccAssessment"> & {
    before: { status: DccAssessmentStatus; version: number };
    after: { status: DccAssessmentStatus; supersededBy: string; version: number };
  };

  // modification lifecycle (lib/modifications): add payloads below
  /** A Draft Proposal raised: its number, what was said of it, the stage it starts in (Development). */
  "modification.raised": InModification<"Modification"> & {
    after: { ref: string; title: string; proposer: string; path: ModificationPath | null; urgent: boolean; raisedOn: string; issue: string; stage: ModificationStage; version: number };
  };
  /** The Panel's decision: DPnnn became MPnnn, on a date, at a meeting. */
  "modification.converted": InModification<"Modification"> & {
    before: { proposalRef: null; version: number };
    after: { proposalRef: string; decidedOn: string; meeting: string; version: number };
  };
  "modification.stageMoved": InModification<"Modification"> & {
    before: { stage: ModificationStage; version: number };
    after: { stage: ModificationStage; movedOn: string; meeting: string; version: number };
  };
  /** The overview sections that changed (only those), with their text before and after. */
  "modification.sectionsEdited": InModification<"Modification"> & { before: OverviewTexts & { version: number }; after: OverviewTexts & Noted & { version: number } };
  "document.attached": InModification<"Document"> & {
    after: { title: string; kind: DocumentKind; publishedOn: string; note: string | null; fileName: string; contentType: string; size: number; sha256: string };
  };

  // Modification Reports (lib/reports): add payloads below
  /** A new version of the modification's report, v0.1, v0.2 …: its narrative starts as the previous version's. */
  "report.drafted": InModification<"Report"> & { after: { number: string; baselineId: string | null; generatedAt: string; version: number } };
  /** Only the sections that changed, before and after. */
  "report.narrativeEdited": InModification<"Report"> & { before: Partial<ReportNarrative> & { version: number }; after: Partial<ReportNarrative> & { number: string; version: number } };
  "report.refreshed": InModification<"Report"> & {
    before: { baselineId: string | null; generatedAt: string; version: number };
    after: { number: string; baselineId: string | null; generatedAt: string; version: number };
  };
  /** Frozen: the content's hash and each stored file's. */
  "report.published": InModification<"Report"> & { after: { number: string; publishedAt: string; contentSha256: string; files: Record<string, string>; version: number } };

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
  | "modificationStage"
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
const CONSULTATION_STATUS = field("Status", "consultationStatus");
const CONSULTATION_FIELDS = {
  kind: field("Kind"),
  title: TITLE,
  introduction: field("Introduction"),
  questions: field("Questions", "list"),
  opensAt: field("Opens", "dateTime"),
  closesAt: field("Closes", "dateTime"),
  baselineId: field("Baseline", "name"),
  reportId: field("Report"),
};
const ROUND_CLOSED = { status: WINDOW_STATUS, closedAt: field("Closed", "dateTime"), version: VERSION };
const EVERYONE = { to: "auditReaders" } as const;
const REPORT_NUMBER = field("Report version");
/** Review material: never to party respondents or visitors, whatever the audit page allows. */
const REVIEW_READERS = { to: "permitted", permission: "comment.read" } as const;
const COMMENT_BODY = field("Comment");
const RESPONSE_STATE_FIELDS = {
  consultation: field("Consultation"),
  organisation: field("Organisation"),
  status: field("Status"),
  confidential: field("Confidential", "yesNo"),
  version: VERSION,
};
const RESPONSE_FIELDS = { ...RESPONSE_STATE_FIELDS, answers: field("Answers", "answers") };
/** A response's events: hidden, counts included, from all but those who may read confidential responses when it is confidential in whole or in part. */
const CONFIDENTIAL_RESPONSE = { to: "auditReadersUnlessFlagged", flag: "confidential", permission: "consultation.readConfidential" } as const;
const THREAD_STATUS = field("Status");
const REVISION = field("Revision", "number");
const comment = <A extends Extract<AuditAction, `comment.${string}`>>(label: string, fields: AuditEventKind<A>["fields"]): AuditEventKind<A> => ({
  label,
  subject: "Comment",
  entityType: "Comment" as AuditEventKind<A>["entityType"],
  fields,
  visibleTo: REVIEW_READERS,
});
/** DCC assessments: those who may read them (the overview's public summary is not the audit). */
const IMPACT_READERS = { to: "permitted", permission: "impact.read" } as const;
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
  "consultation.created": {
    label: "Consultation planned",
    subject: "Consultation",
    entityType: "Consultation",
    fields: { ...CONSULTATION_FIELDS, status: CONSULTATION_STATUS, version: VERSION },
    visibleTo: EVERYONE,
  },
  "consultation.updated": { label: "Consultation edited", subject: "Consultation", entityType: "Consultation", fields: { ...CONSULTATION_FIELDS, version: VERSION }, visibleTo: EVERYONE },
  "consultation.opened": {
    label: "Consultation opened",
    subject: "Consultation",
    entityType: "Consultation",
    fields: { status: CONSULTATION_STATUS, opensAt: CONSULTATION_FIELDS.opensAt, openedAt: field("Opened", "dateTime"), baselineId: CONSULTATION_FIELDS.baselineId, version: VERSION },
    visibleTo: EVERYONE,
  },
  "consultation.closed": {
    label: "Consultation closed",
    subject: "Consultation",
    entityType: "Consultation",
    fields: { status: CONSULTATION_STATUS, closedAt: field("Closed", "dateTime"), version: VERSION },
    visibleTo: EVERYONE,
  },

  // consultation responses (lib/consultation-responses): add kinds below
  "consultationResponse.saved": {
    label: "Consultation response saved as a draft",
    subject: "Consultation response",
    entityType: "Response",
    fields: RESPONSE_FIELDS,
    visibleTo: CONFIDENTIAL_RESPONSE,
  },
  "consultationResponse.withdrawn": {
    label: "Consultation response withdrawn",
    subject: "Consultation response",
    entityType: "Response",
    fields: { ...RESPONSE_STATE_FIELDS, withdrawnAt: field("Withdrawn", "dateTime") },
    visibleTo: CONFIDENTIAL_RESPONSE,
  },
  "consultationResponse.enteredOnBehalf": {
    label: "Consultation response entered by SECAS on the organisation's behalf",
    subject: "Consultation response",
    entityType: "Response",
    fields: { ...RESPONSE_FIELDS, receivedAt: field("Received", "dateTime"), late: field("Late", "yesNo") },
    visibleTo: CONFIDENTIAL_RESPONSE,
  },

  // collation and publishing (lib/collation): add kinds below
  "collation.themesTagged": {
    label: "Answer tagged with themes",
    subject: "Consultation answer",
    entityType: "Answer",
    fields: { question: field("Question", "number"), themes: field("Themes", "list"), confidential: field("Confidential", "yesNo") },
    // Themes are SECAS's words, but an event about a confidential answer would still say it exists and what it is about.
    visibleTo: { to: "auditReadersUnlessFlagged", flag: "confidential", permission: "consultation.readConfidential" },
  },
  "collation.summaryWritten": {
    label: "Question summary written",
    subject: "Consultation question",
    entityType: "Question",
    fields: { question: field("Question", "number"), summary: field("Summary"), version: VERSION },
    visibleTo: EVERYONE,
  },
  "consultation.collated": {
    label: "Consultation responses collated",
    subject: "Consultation",
    entityType: "Consultation",
    fields: { status: field("Status", "consultationStatus"), collatedAt: field("Collated", "dateTime"), version: VERSION },
    visibleTo: EVERYONE,
  },
  "consultation.published": {
    label: "Collated responses published",
    subject: "Consultation",
    entityType: "Consultation",
    fields: { status: field("Status", "consultationStatus"), publishedAt: field("Published", "dateTime"), version: VERSION },
    visibleTo: EVERYONE,
  },

  // DCC impact assessments (lib/assessments): add kinds below
  "dccAssessment.requested": {
    label: "Assessment requested",
    subject: "DCC assessment",
    entityType: "DccAssessment",
    fields: { kind: field("Kind"), baselineId: field("Baseline", "name"), dueOn: field("Due on"), request: field("Request"), status: field("Status"), version: VERSION },
    visibleTo: IMPACT_READERS,
  },
  "dccAssessment.versionRecorded": {
    label: "Assessment version recorded",
    subject: "DCC assessment",
    entityType: "DccAssessment",
    fields: {
      number: field("Assessment version", "number"),
      designAndBuild: field("Design and build"),
      testing: field("Testing"),
      implementation: field("Implementation"),
      ongoingPerYear: field("Ongoing per year"),
      leadTimeWeeks: field("Lead time (weeks)", "number"),
      earliestRelease: field("Earliest release"),
      systems: field("Impacted systems and services", "list"),
      assumptions: field("Assumptions"),
      validUntil: field("Valid until"),
      changeNote: CHANGE_NOTE,
      status: field("Status"),
      version: VERSION,
    },
    visibleTo: IMPACT_READERS,
  },
  "dccAssessment.superseded": {
    label: "Assessment superseded",
    subject: "DCC assessment",
    entityType: "DccAssessment",
    fields: { status: field("Status"), supersededBy: field("Superseded by"), version: VERSION },
    visibleTo: IMPACT_READERS,
  },

  // modification lifecycle (lib/modifications): add kinds below
  "modification.raised": {
    label: "Draft Proposal raised",
    subject: "Modification",
    entityType: "Modification",
    fields: {
      ref: REF,
      title: TITLE,
      proposer: field("Proposer"),
      path: field("Path"),
      urgent: field("Urgent", "yesNo"),
      raisedOn: field("Raised on"),
      issue: field("Issue"),
      stage: field("Stage", "modificationStage"),
      version: VERSION,
    },
    visibleTo: EVERYONE,
  },
  "modification.converted": {
    label: "Converted to a Modification Proposal",
    subject: "Modification",
    entityType: "Modification",
    fields: { proposalRef: field("Modification Proposal"), decidedOn: field("Panel decision on"), meeting: field("Meeting"), version: VERSION },
    visibleTo: EVERYONE,
  },
  "modification.stageMoved": {
    label: "Stage changed",
    subject: "Modification",
    entityType: "Modification",
    fields: { stage: field("Stage", "modificationStage"), movedOn: field("On"), meeting: field("Meeting"), version: VERSION },
    visibleTo: EVERYONE,
  },
  "modification.sectionsEdited": {
    label: "Overview edited",
    subject: "Modification",
    entityType: "Modification",
    fields: {
      summary: field("Summary"),
      issue: field("Issue"),
      solution: field("Solution"),
      whoIsImpacted: field("Who is impacted"),
      secDocumentsAffected: field("SEC documents affected"),
      changeNote: CHANGE_NOTE,
      version: VERSION,
    },
    visibleTo: EVERYONE,
  },
  "document.attached": {
    label: "Document attached",
    subject: "Document",
    entityType: "Document",
    fields: {
      title: TITLE,
      kind: field("Kind"),
      publishedOn: field("Published on"),
      note: field("Note"),
      fileName: field("File"),
      contentType: field("Type"),
      size: field("Size in bytes", "number"),
      sha256: field("SHA-256"),
    },
    visibleTo: EVERYONE,
  },

  // Modification Reports (lib/reports): add kinds below
  "report.drafted": {
    label: "Report version drafted",
    subject: "Modification Report",
    entityType: "Report",
    fields: { number: REPORT_NUMBER, baselineId: field("Baseline", "name"), generatedAt: field("Data read", "dateTime"), version: VERSION },
    visibleTo: EVERYONE,
  },
  "report.narrativeEdited": {
    label: "Report narrative edited",
    subject: "Modification Report",
    entityType: "Report",
    fields: {
      number: REPORT_NUMBER,
      summary: field("Summary"),
      issue: field("Issue"),
      solution: field("Solution"),
      implementation: field("Implementation approach"),
      assessment: field("Assessment against the General SEC Objectives"),
      workingGroupViews: field("Working Group's views"),
      version: VERSION,
    },
    visibleTo: EVERYONE,
  },
  "report.refreshed": {
    label: "Report's generated sections refreshed",
    subject: "Modification Report",
    entityType: "Report",
    fields: { number: REPORT_NUMBER, baselineId: field("Baseline", "name"), generatedAt: field("Data read", "dateTime"), version: VERSION },
    visibleTo: EVERYONE,
  },
  "report.published": {
    label: "Report version published",
    subject: "Modification Report",
    entityType: "Report",
    fields: {
      number: REPORT_NUMBER,
      publishedAt: field("Published", "dateTime"),
      contentSha256: field("Content SHA-256"),
      files: field("Files (SHA-256)"),
      version: VERSION,
    },
    visibleTo: EVERYONE,
  },

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
