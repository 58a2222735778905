import type { CommentDisposition, CommentKind, CommentSeverity, CommentStatus } from "@/lib/generated/prisma/enums";

/** How a comment's enum values read on the page. */
export const COMMENT_KIND_LABELS: Record<CommentKind, string> = { COMMENT: "Comment", QUESTION: "Question", PROPOSED_WORDING: "Proposed wording" };
export const SEVERITY_LABELS: Record<CommentSeverity, string> = { CRITICAL: "Critical", MAJOR: "Major", MINOR: "Minor", EDITORIAL: "Editorial" };
export const THREAD_STATUS_LABELS: Record<CommentStatus, string> = { OPEN: "Open", RESPONDED: "Responded", RESOLVED: "Resolved" };
export const DISPOSITION_LABELS: Record<CommentDisposition, string> = { ACCEPTED: "Accepted", ACCEPTED_IN_PART: "Accepted in part", REJECTED: "Rejected", NOTED: "Noted" };

export const options = <K extends string>(labels: Record<K, string>) => (Object.entries(labels) as [K, string][]).map(([value, label]) => ({ value, label }));
