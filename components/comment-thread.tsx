import { COMMITTEE_LABELS, formatDateTime } from "@/lib/labels";
import { COMMENT_KIND_LABELS, COMMENT_DISPOSITION_LABELS, COMMENT_SEVERITY_LABELS, COMMENT_STATUS_LABELS } from "@/lib/comments/comment-labels";
import type { Thread } from "@/lib/comments/find-threads";
import { diffText } from "@/lib/requirements/diff";
import { markdownToHtml } from "./markdown";
import { ThreadArticle, type ThreadView } from "./thread-article";

type Written = { author: { name: string }; authorOrganisation: { name: string } | null };
/** "Name (Organisation)": the organisation the author acted for when writing, kept on the comment. */
const byline = ({ author, authorOrganisation }: Written) => (authorOrganisation ? `${author.name} (${authorOrganisation.name})` : author.name);
const time = (date: Date) => ({ iso: date.toISOString(), text: formatDateTime(date) });

/**
 * A thread as every page shows it: its number, state, what it was made on (and whether the text has
 * moved on: "made on version 2; now version 4", outdated when the quote is gone — still shown), the
 * quote and any proposed wording as a redline, the comment, the versions that address it, and replies.
 * `requirementPath(ref)` links the requirement pages; `threadPath` the thread's own page (`full`: this is it).
 */
export function CommentThread({ thread, requirementPath, threadPath, full }: { thread: Thread; requirementPath: (ref: string) => string; threadPath: string; full?: boolean }) {
  return <ThreadArticle t={threadView(thread, requirementPath, full ? null : threadPath)} />;
}

function threadView(t: Thread, requirementPath: (ref: string) => string, href: string | null): ThreadView {
  const req = t.requirement;
  const reqPath = req && requirementPath(req.ref);
  const diff = (from: number, to: number) => `${reqPath}/diff?from=${from}&to=${to}`;
  const proposed = t.kind === "PROPOSED_WORDING" && !!t.quotedText && t.proposedWording !== null;
  return {
    heading: `C-${t.number}`,
    href,
    kind: COMMENT_KIND_LABELS[t.kind],
    status: { text: COMMENT_STATUS_LABELS[t.status], tone: t.status === "RESOLVED" ? "success" : t.status === "RESPONDED" ? "info" : "warning" },
    severity: t.severity && COMMENT_SEVERITY_LABELS[t.severity],
    outdated: t.outdated,
    byline: byline(t),
    created: time(t.createdAt),
    context:
      (t.reviewRound ? ` · ${COMMITTEE_LABELS[t.reviewRound.committee]} round “${t.reviewRound.title}”` : "") +
      (t.question ? ` · answers question ${t.question.number}` : ""),
    requirement: req && { ref: req.ref, href: reqPath! },
    edited: t.revisions > 1 ? ` · edited (${t.revisions - 1} earlier text${t.revisions > 2 ? "s" : ""} kept)` : "",
    madeOn:
      !req || t.madeOn === null
        ? null
        : t.madeOn === req.currentVersion
          ? { current: true, version: t.madeOn }
          : { current: false, version: t.madeOn, now: req.currentVersion, diffHref: diff(t.madeOn, req.currentVersion) },
    addressedIn: req ? t.addressedIn.map((v) => ({ version: v, href: diff(v - 1, v) })) : [],
    withdrawnOn: t.withdrawnAt && formatDateTime(t.withdrawnAt),
    quote: t.quotedText && t.kind !== "PROPOSED_WORDING" ? t.quotedText : null,
    redline: proposed ? diffText(t.quotedText!, t.proposedWording!) : null,
    html: markdownToHtml(t.body),
    resolved: t.status === "RESOLVED" && t.disposition ? { disposition: COMMENT_DISPOSITION_LABELS[t.disposition], reason: t.dispositionReason } : null,
    replies: t.replies.map((r) => ({ id: r.id, byline: byline(r), created: time(r.createdAt), edited: r.revisions > 1, html: r.withdrawnAt ? null : markdownToHtml(r.body) })),
  };
}
