"use client";
import type { DiffPart } from "@/lib/requirements/diff";
import { Badge, type BadgeTone } from "./badge";
import { MarkdownHtml, type SanitisedHtml } from "./markdown-html";
import { InlineRedline } from "./redline";

/** A comment thread as the page sends it: labelled and formatted strings, links, texts as sanitised HTML (markdownToHtml). */
export type ThreadView = {
  heading: string;
  /** The thread's own page; none on that page. */
  href: string | null;
  kind: string;
  status: { text: string; tone: BadgeTone };
  severity: string | null;
  outdated: boolean;
  byline: string;
  created: { iso: string; text: string };
  /** " · OPSG round “…” · answers question 2", or empty. */
  context: string;
  requirement: { ref: string; href: string } | null;
  /** " · edited (1 earlier text kept)", or empty. */
  edited: string;
  /** What it was made on, for a thread on a requirement: the version, or the version and how to see what changed since. */
  madeOn: { current: true; version: number } | { current: false; version: number; now: number; diffHref: string } | null;
  addressedIn: { version: number; href: string }[];
  withdrawnOn: string | null;
  quote: string | null;
  redline: DiffPart[] | null;
  html: SanitisedHtml;
  resolved: { disposition: string; reason: string | null } | null;
  replies: { id: string; byline: string; created: { iso: string; text: string }; edited: boolean; html: SanitisedHtml | null }[];
};

/**
 * A thread as every page shows it (see components/comment-thread.tsx). A client component for
 * weight, not behaviour: rendered on the server like the rest (it reads without JavaScript), but the
 * RSC payload carries each thread's strings, not its element tree (see components/requirement-rows.tsx).
 */
export function ThreadArticle({ t }: { t: ThreadView }) {
  const { heading, requirement: req } = t;
  return (
    <article id={heading} aria-labelledby={`${heading}-title`} className="border-l-4 border-slate-400 bg-white p-4">
      <h3 id={`${heading}-title`} className="flex flex-wrap items-center gap-2 text-lg font-bold">
        {t.href ? <a href={t.href}>{heading}</a> : heading}
        <span className="font-normal">{t.kind}</span>
        <Badge tone={t.status.tone}>{t.status.text}</Badge>
        {t.severity && <Badge>{t.severity}</Badge>}
        {t.outdated && <Badge tone="muted">Outdated</Badge>}
        {t.withdrawnOn && <Badge tone="muted">Withdrawn</Badge>}
      </h3>
      <p className="text-sm text-slate-700">
        {t.byline}, <time dateTime={t.created.iso}>{t.created.text}</time>
        {t.context}
        {req && (
          <>
            {" · on "}
            <a href={req.href}>{req.ref}</a>
          </>
        )}
        {t.edited}
      </p>
      {req && t.madeOn && (
        <p className="text-sm">
          {t.madeOn.current ? (
            `Made on version ${t.madeOn.version}, the current one.`
          ) : (
            <>
              Made on version {t.madeOn.version}; now version {t.madeOn.now}.{" "}
              <a href={t.madeOn.diffHref}>
                See what changed<span className="sr-only"> in {req.ref} since {heading}</span>
              </a>
            </>
          )}
          {t.outdated && " The quoted passage is no longer in the current text."}
        </p>
      )}
      {t.addressedIn.length > 0 && (
        <p className="text-sm">
          {t.addressedIn.map((v, i) => (
            <span key={v.version}>
              {i > 0 && ", "}
              <a href={v.href}>Addressed in version {v.version}</a>
            </span>
          ))}
        </p>
      )}
      {t.withdrawnOn ? (
        <p className="mt-2 italic">Withdrawn by its author on {t.withdrawnOn}.</p>
      ) : (
        <div className="mt-2 space-y-2">
          {t.quote && <blockquote className="border-l-4 border-slate-300 pl-3 italic">{t.quote}</blockquote>}
          {t.redline && (
            <div>
              <p className="text-sm font-semibold">Proposed wording, against the quoted passage:</p>
              <InlineRedline parts={t.redline} />
            </div>
          )}
          <MarkdownHtml html={t.html} />
        </div>
      )}
      {t.resolved && (
        <p className="mt-2 font-semibold">
          Resolved: {t.resolved.disposition}
          {t.resolved.reason && <span className="font-normal"> — {t.resolved.reason}</span>}
        </p>
      )}
      {t.replies.length > 0 && (
        <ol aria-label={`Replies to ${heading}`} className="mt-3 space-y-3 border-l-2 border-slate-300 pl-3">
          {t.replies.map((r) => (
            <li key={r.id} id={`reply-${r.id}`}>
              <p className="text-sm text-slate-700">
                {r.byline}, <time dateTime={r.created.iso}>{r.created.text}</time>
                {r.edited && " · edited"}
              </p>
              {r.html === null ? <p className="italic">Withdrawn by its author.</p> : <MarkdownHtml html={r.html} />}
            </li>
          ))}
        </ol>
      )}
      {t.href && (
        <p className="mt-2 text-sm">
          <a href={t.href}>
            Open {heading}
            <span className="sr-only"> to reply or respond</span>
          </a>
        </p>
      )}
    </article>
  );
}
