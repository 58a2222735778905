import "server-only";
import type { AuditAction } from "../events";
import type { CommentDisposition, CommentKind, CommentSeverity, CommentStatus, Committee, WindowStatus } from "@/lib/generated/prisma/enums";
import { EVERYONE, field, TITLE, VERSION, type EventKinds, type InModification, type AuditEventKind } from "../event-kind";
import { COMMENT_DISPOSITION_LABELS, COMMENT_KIND_LABELS, COMMENT_SEVERITY_LABELS, COMMENT_STATUS_LABELS } from "@/lib/comments/comment-labels";
import { COMMITTEE_LABELS, WINDOW_STATUS_LABELS } from "@/lib/labels";

/* Review rounds and comment threads: what each event holds, and how the audit page reads it. */

/** A review round as its events record it (lib/reviews/round-snapshot.ts); times as ISO instants. */
type RoundState = { committee: Committee; title: string; introduction: string; questions: string[]; opensAt: string; closesAt: string; baselineId: string | null };
type RoundWindow = { status: WindowStatus; version: number };
type CommentWords = { body: string; quotedText: string | null; proposedWording: string | null; severity: CommentSeverity | null };
type ThreadState = { status: CommentStatus; version: number };

export type ReviewPayloads = {
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
};

const WINDOW_STATUS = field("Status", WINDOW_STATUS_LABELS);
const ROUND_FIELDS = {
  committee: field("Committee", COMMITTEE_LABELS),
  title: TITLE,
  introduction: field("Introduction"),
  questions: field("Questions", "list"),
  opensAt: field("Opens", "dateTime"),
  closesAt: field("Closes", "dateTime"),
  baselineId: field("Scope", "name"),
};
const ROUND_CLOSED = { status: WINDOW_STATUS, closedAt: field("Closed", "dateTime"), version: VERSION };
/** Review material: never to party respondents or visitors, whatever the audit page allows. */
const REVIEW_READERS = { to: "permitted", permission: "comment.read" } as const;
const COMMENT_BODY = field("Comment");
const THREAD_STATUS = field("Status", COMMENT_STATUS_LABELS);
const REVISION = field("Revision", "number");
const comment = <A extends Extract<AuditAction, `comment.${string}`>>(label: string, fields: AuditEventKind<A>["fields"]): AuditEventKind<A> => ({
  label,
  subject: "Comment",
  entityType: "Comment" as AuditEventKind<A>["entityType"],
  fields,
  visibleTo: REVIEW_READERS,
});

export const REVIEW_EVENTS: EventKinds<ReviewPayloads> = {
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
    kind: field("Kind", COMMENT_KIND_LABELS),
    requirement: field("Requirement"),
    requirementVersion: field("On version", "number"),
    question: field("Answers question", "number"),
    quotedText: field("Quoted passage"),
    proposedWording: field("Proposed wording"),
    body: COMMENT_BODY,
    severity: field("Severity", COMMENT_SEVERITY_LABELS),
    version: VERSION,
  }),
  "comment.replied": comment<"comment.replied">("Reply", { thread: field("In thread", "number"), body: COMMENT_BODY, version: VERSION }),
  "comment.responded": comment<"comment.responded">("Comment responded to", { status: THREAD_STATUS, response: field("Response"), version: VERSION }),
  "comment.resolved": comment<"comment.resolved">("Comment resolved", {
    status: THREAD_STATUS,
    disposition: field("Disposition", COMMENT_DISPOSITION_LABELS),
    dispositionReason: field("Reason"),
    version: VERSION,
  }),
  "comment.reopened": comment<"comment.reopened">("Comment reopened", { status: THREAD_STATUS, disposition: field("Disposition", COMMENT_DISPOSITION_LABELS), version: VERSION }),
  "comment.edited": comment<"comment.edited">("Comment edited", { body: COMMENT_BODY, proposedWording: field("Proposed wording"), revision: REVISION, version: VERSION }),
  "comment.withdrawn": comment<"comment.withdrawn">("Comment withdrawn", { withdrawnAt: field("Withdrawn", "dateTime"), version: VERSION }),
  "comment.severityChanged": comment<"comment.severityChanged">("Severity changed", { severity: field("Severity", COMMENT_SEVERITY_LABELS), reason: field("Reason"), revision: REVISION, version: VERSION }),
};
