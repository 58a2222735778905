import type { CommentDisposition, CommentKind, CommentSeverity, CommentStatus } from "@/lib/generated/prisma/enums";

// The words the comments log and its export use for a thread's fields.
export const COMMENT_KIND_LABELS: Record<CommentKind, string> = { COMMENT: "Comment", QUESTION: "Question", PROPOSED_WORDING: "Proposed wording" };
export const COMMENT_SEVERITY_LABELS: Record<CommentSeverity, string> = { CRITICAL: "Critical", MAJOR: "Major", MINOR: "Minor", EDITORIAL: "Editorial" };
export const COMMENT_STATUS_LABELS: Record<CommentStatus, string> = { OPEN: "Open", RESPONDED: "Responded", RESOLVED: "Resolved" };
export const COMMENT_DISPOSITION_LABELS: Record<CommentDisposition, string> = {
  ACCEPTED: "Accepted",
  ACCEPTED_IN_PART: "Accepted in part",
  REJECTED: "Rejected",
  NOTED: "Noted",
};

/** A label table as the choices of a select. */
export const options = <K extends string>(labels: Record<K, string>) => (Object.entries(labels) as [K, string][]).map(([value, label]) => ({ value, label }));
