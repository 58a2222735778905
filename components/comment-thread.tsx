import Link from "next/link";
import { COMMITTEE_LABELS, formatDateTime } from "@/lib/labels";
import { COMMENT_KIND_LABELS, COMMENT_DISPOSITION_LABELS, COMMENT_SEVERITY_LABELS, COMMENT_STATUS_LABELS } from "@/lib/comments/comment-labels";
import type { Thread } from "@/lib/comments/find-threads";
import { diffText } from "@/lib/requirements/diff";
import { Badge } from "./badge";
import { Markdown } from "./markdown";
import { InlineRedline } from "./redline";

type Person = { name: string; organisation: { name: string } | null };
const byline = (p: Person) => (p.organisation ? `${p.name} (${p.organisation.name})` : p.name);

/**
 * A thread as every page shows it: its number, state, what it was made on (and whether the text has
 * moved on: "made on version 2; now version 4", outdated when the quote is gone — still shown), the
 * quote and any proposed wording as a redline, the comment, the versions that address it, and replies.
 * `requirementPath(ref)` links the requirement pages; `threadPath` the thread's own page.
 */
export function CommentThread({ thread, requirementPath, threadPath, full }: { thread: Thread; requirementPath: (ref: string) => string; threadPath: string; full?: boolean }) {
  const t = thread;
  const heading = `C-${t.number}`;
  const req = t.requirement;
  return (
    <article id={heading} aria-labelledby={`${heading}-title`} className="border-l-4 border-slate-400 bg-white p-4">
      <h3 id={`${heading}-title`} className="flex flex-wrap items-center gap-2 text-lg font-bold">
        {full ? heading : <Link href={threadPath}>{heading}</Link>}
        <span className="font-normal">{COMMENT_KIND_LABELS[t.kind]}</span>
        <Badge tone={t.status === "RESOLVED" ? "success" : t.status === "RESPONDED" ? "info" : "warning"}>{COMMENT_STATUS_LABELS[t.status]}</Badge>
        {t.severity && <Badge>{COMMENT_SEVERITY_LABELS[t.severity]}</Badge>}
        {t.outdated && <Badge tone="muted">Outdated</Badge>}
        {t.withdrawnAt && <Badge tone="muted">Withdrawn</Badge>}
      </h3>
      <p className="text-sm text-slate-700">
        {byline(t.author)}, <time dateTime={t.createdAt.toISOString()}>{formatDateTime(t.createdAt)}</time>
        {t.reviewRound && ` · ${COMMITTEE_LABELS[t.reviewRound.committee]} round “${t.reviewRound.title}”`}
        {t.question && ` · answers question ${t.question.number}`}
        {req && (
          <>
            {" · on "}
            <Link href={requirementPath(req.ref)}>{req.ref}</Link>
          </>
        )}
        {t.revisions > 1 && ` · edited (${t.revisions - 1} earlier text${t.revisions > 2 ? "s" : ""} kept)`}
      </p>
      {req && t.madeOn !== null && (
        <p className="text-sm">
          {t.madeOn === req.currentVersion ? (
            `Made on version ${t.madeOn}, the current one.`
          ) : (
            <>
              Made on version {t.madeOn}; now version {req.currentVersion}.{" "}
              <Link href={`${requirementPath(req.ref)}/diff?from=${t.madeOn}&to=${req.currentVersion}`}>
                See what changed<span className="sr-only"> in {req.ref} since {heading}</span>
              </Link>
            </>
          )}
          {t.outdated && " The quoted passage is no longer in the current text."}
        </p>
      )}
      {t.addressedIn.length > 0 && req && (
        <p className="text-sm">
          {t.addressedIn.map((v, i) => (
            <span key={v}>
              {i > 0 && ", "}
              <Link href={`${requirementPath(req.ref)}/diff?from=${v - 1}&to=${v}`}>Addressed in version {v}</Link>
            </span>
          ))}
        </p>
      )}
      {t.withdrawnAt ? (
        <p className="mt-2 italic">Withdrawn by its author on {formatDateTime(t.withdrawnAt)}.</p>
      ) : (
        <div className="mt-2 space-y-2">
          {t.quotedText && t.kind !== "PROPOSED_WORDING" && <blockquote className="border-l-4 border-slate-300 pl-3 italic">{t.quotedText}</blockquote>}
          {t.kind === "PROPOSED_WORDING" && t.quotedText && t.proposedWording !== null && (
            <div>
              <p className="text-sm font-semibold">Proposed wording, against the quoted passage:</p>
              <InlineRedline parts={diffText(t.quotedText, t.proposedWording)} />
            </div>
          )}
          <Markdown>{t.body}</Markdown>
        </div>
      )}
      {t.status === "RESOLVED" && t.disposition && (
        <p className="mt-2 font-semibold">
          Resolved: {COMMENT_DISPOSITION_LABELS[t.disposition]}
          {t.dispositionReason && <span className="font-normal"> — {t.dispositionReason}</span>}
        </p>
      )}
      {t.replies.length > 0 && (
        <ol aria-label={`Replies to ${heading}`} className="mt-3 space-y-3 border-l-2 border-slate-300 pl-3">
          {t.replies.map((r) => (
            <li key={r.id} id={`reply-${r.id}`}>
              <p className="text-sm text-slate-700">
                {byline(r.author)}, <time dateTime={r.createdAt.toISOString()}>{formatDateTime(r.createdAt)}</time>
                {r.revisions > 1 && " · edited"}
              </p>
              {r.withdrawnAt ? <p className="italic">Withdrawn by its author.</p> : <Markdown>{r.body}</Markdown>}
            </li>
          ))}
        </ol>
      )}
      {!full && (
        <p className="mt-2 text-sm">
          <Link href={threadPath}>
            Open {heading}
            <span className="sr-only"> to reply or respond</span>
          </Link>
        </p>
      )}
    </article>
  );
}
