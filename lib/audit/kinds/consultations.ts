import "server-only";
import type { ConsultationKind, ConsultationStatus, Position, ResponseStatus } from "@/lib/generated/prisma/enums";
import { EVERYONE, field, TITLE, VERSION, type EventKinds, type InModification } from "../event-kind";
import { CONSULTATION_KIND_LABELS, CONSULTATION_STATUS_LABELS, RESPONSE_STATUS_LABELS } from "@/lib/labels";

/* Consultations, responses and their collation: what each event holds, and how the audit page reads it. */

/** A consultation as its events record it (lib/consultations/consultation-snapshot.ts); questions as "n. [KIND] text". */
type ConsultationState = { kind: ConsultationKind; title: string; introduction: string; questions: string[]; opensAt: string; closesAt: string; baselineId: string | null; reportId: string | null };
type ConsultationWindow = { status: ConsultationStatus; version: number };
/** A consultation response as its events record it (lib/consultation-responses/response-snapshot.ts). */
type ResponseState = { consultation: string; organisation: string; status: ResponseStatus; confidential: boolean; version: number };
type ResponseWords = { answers: { question: number; position: Position | null; rationale: string }[] };

export type ConsultationPayloads = {
  /** A party's consultation response submitted (submit-response.ts). */
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

  /** A draft saved (first save creates the organisation's response). Flagged confidential when the response or any answer is. */
  "consultationResponse.saved": InModification<"Response"> & { before?: ResponseState; after: ResponseState & ResponseWords };
  "consultationResponse.withdrawn": InModification<"Response"> & { before: ResponseState; after: ResponseState & { withdrawnAt: string } };
  /** SECAS entered a response received by email, as submitted at `receivedAt` (late when after the close). */
  "consultationResponse.enteredOnBehalf": InModification<"Response"> & {
    before?: ResponseState;
    after: ResponseState & ResponseWords & { receivedAt: string; late: boolean };
  };

  /** SECAS set the themes of one answer (to question `question`). Flagged when the answer or its response is confidential. */
  "collation.themesTagged": InModification<"Answer"> & { before: { themes: string[] }; after: { question: number; themes: string[]; confidential: boolean } };
  "collation.summaryWritten": InModification<"Question"> & { before: { summary: string; version: number }; after: { question: number; summary: string; version: number } };
  "consultation.collated": InModification<"Consultation"> & { before: { status: ConsultationStatus; version: number }; after: { status: ConsultationStatus; collatedAt: string; version: number } };
  "consultation.published": InModification<"Consultation"> & { before: { status: ConsultationStatus; version: number }; after: { status: ConsultationStatus; publishedAt: string; version: number } };
};

const CONSULTATION_STATUS = field("Status", CONSULTATION_STATUS_LABELS);
const CONSULTATION_FIELDS = {
  kind: field("Kind", CONSULTATION_KIND_LABELS),
  title: TITLE,
  introduction: field("Introduction"),
  questions: field("Questions", "list"),
  opensAt: field("Opens", "dateTime"),
  closesAt: field("Closes", "dateTime"),
  baselineId: field("Baseline", "name"),
  reportId: field("Report"),
};
const RESPONSE_STATE_FIELDS = {
  consultation: field("Consultation"),
  organisation: field("Organisation"),
  status: field("Status", RESPONSE_STATUS_LABELS),
  confidential: field("Confidential", "yesNo"),
  version: VERSION,
};
const RESPONSE_FIELDS = { ...RESPONSE_STATE_FIELDS, answers: field("Answers", "answers") };
/**
 * A submitted response's events, and the themes of an answer: for those who may read the collation
 * (SECAS and the Working Group, as on its page; not the other audit readers, before it is
 * published), and when the response or answer is confidential in whole or in part only for those
 * who may read confidential responses. Hidden events count nowhere.
 */
const COLLATION_READERS_UNLESS_CONFIDENTIAL = { to: "readersUnlessFlagged", readers: "consultation.readCollation", flag: "confidential", permission: "consultation.readConfidential" } as const;
/** A draft is the organisation's own until submitted: among audit readers, only those who may read any organisation's response. */
const DRAFT_RESPONSE = { to: "permitted", permission: "consultation.readAnyResponse" } as const;
/** The collation's working (themes, summaries) is on the collation page only, until published. */
const COLLATION_READERS = { to: "permitted", permission: "consultation.readCollation" } as const;

export const CONSULTATION_EVENTS: EventKinds<ConsultationPayloads> = {
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
    visibleTo: COLLATION_READERS_UNLESS_CONFIDENTIAL,
  },
  "consultation.closedAutomatically": {
    label: "Consultation closed at the end of its window",
    subject: "Consultation",
    entityType: "Consultation",
    fields: { status: CONSULTATION_STATUS, closedAt: field("Closed", "dateTime"), version: VERSION },
    visibleTo: EVERYONE,
  },

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

  "consultationResponse.saved": {
    label: "Consultation response saved as a draft",
    subject: "Consultation response",
    entityType: "Response",
    fields: RESPONSE_FIELDS,
    visibleTo: DRAFT_RESPONSE,
  },
  "consultationResponse.withdrawn": {
    label: "Consultation response withdrawn",
    subject: "Consultation response",
    entityType: "Response",
    fields: { ...RESPONSE_STATE_FIELDS, withdrawnAt: field("Withdrawn", "dateTime") },
    visibleTo: COLLATION_READERS_UNLESS_CONFIDENTIAL,
  },
  "consultationResponse.enteredOnBehalf": {
    label: "Consultation response entered by SECAS on the organisation's behalf",
    subject: "Consultation response",
    entityType: "Response",
    fields: { ...RESPONSE_FIELDS, receivedAt: field("Received", "dateTime"), late: field("Late", "yesNo") },
    visibleTo: COLLATION_READERS_UNLESS_CONFIDENTIAL,
  },

  "collation.themesTagged": {
    label: "Answer tagged with themes",
    subject: "Consultation answer",
    entityType: "Answer",
    fields: { question: field("Question", "number"), themes: field("Themes", "list"), confidential: field("Confidential", "yesNo") },
    // Themes are SECAS's words, but an event about a confidential answer would still say it exists and what it is about.
    visibleTo: COLLATION_READERS_UNLESS_CONFIDENTIAL,
  },
  "collation.summaryWritten": {
    label: "Question summary written",
    subject: "Consultation question",
    entityType: "Question",
    fields: { question: field("Question", "number"), summary: field("Summary"), version: VERSION },
    visibleTo: COLLATION_READERS,
  },
  "consultation.collated": {
    label: "Consultation responses collated",
    subject: "Consultation",
    entityType: "Consultation",
    fields: { status: CONSULTATION_STATUS, collatedAt: field("Collated", "dateTime"), version: VERSION },
    visibleTo: EVERYONE,
  },
  "consultation.published": {
    label: "Collated responses published",
    subject: "Consultation",
    entityType: "Consultation",
    fields: { status: CONSULTATION_STATUS, publishedAt: field("Published", "dateTime"), version: VERSION },
    visibleTo: EVERYONE,
  },
};
