import type { Metadata } from "next";
import Link from "next/link";
import { authorizePage } from "@/lib/auth/authorize";
import { COMMENT_DISPOSITION_LABELS, COMMENT_KIND_LABELS, COMMENT_SEVERITY_LABELS, COMMENT_STATUS_LABELS } from "@/lib/comments/comment-labels";
import { subjectText } from "@/lib/comments/export-comments-log";
import { cachedCommentsLog } from "@/lib/cache/participant-pages";
import { commentsLogFilterSchema, commentsLogParams, LOG_STATUSES, type CommentsLogFilter, type LogStatus, type LogThread } from "@/lib/comments/find-comments-log";
import { Committee, CommentSeverity } from "@/lib/generated/prisma/enums";
import { COMMITTEE_LABELS, formatDate } from "@/lib/labels";
import { currentRef, modificationPath } from "@/lib/modifications/refs";
import { firstValue } from "@/lib/validation/address";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { Button } from "@/components/button";
import { CommentsLogRows, type CommentsLogRow } from "@/components/comments-log-rows";
import { DownloadLinks } from "@/components/download-links";
import { FormField } from "@/components/form-field";
import { ModificationTabs } from "@/components/modification-tabs";
import { Pager } from "@/components/pager";
import { SelectField } from "@/components/select-field";
import { TableHead } from "@/components/table-head";
import { loadModification, modificationCrumbs, modificationTabs } from "../load";

type Props = PageProps<"/modifications/[ref]/comments">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `Comments log · ${(await params).ref.toUpperCase()}` };
}

const STATUS_LABELS: Record<LogStatus, string> = { ...COMMENT_STATUS_LABELS, WITHDRAWN: "Withdrawn" };
const any = (label: string) => [{ value: "", label }];

export default async function CommentsLogPage({ params, searchParams }: Props) {
  const { ref } = await params;
  const user = await authorizePage("comment.read", `/modifications/${ref}/comments`);
  const m = await loadModification(ref);
  const query = await searchParams;
  const filter = commentsLogFilterSchema.parse(query);
  // A reference that is not one is left out of the filter, and said so beside the field (which keeps
  // what was typed; the message does not repeat it, so no typed direction override reorders it).
  const typedRequirement = String(firstValue(query.requirement) ?? "").trim();
  const requirementErrors = typedRequirement && !filter.requirement ? ["That is not a requirement reference: the log is not filtered by requirement"] : undefined;
  const log = await cachedCommentsLog(m.id, filter);
  const here = modificationPath(m, "comments");
  const kept = commentsLogParams(filter);
  const filtering = Object.keys(kept).length > 0;
  const href = (params: Record<string, string>) => `${here}?${new URLSearchParams(params)}`;
  const pageHref = (page: number) => href({ ...kept, ...(page > 1 ? { page: String(page) } : {}) });

  return (
    <>
      <Breadcrumbs items={[...modificationCrumbs(m), { label: "Comments log" }]} />
      <h1 className="mb-4 text-3xl font-bold">{currentRef(m)} comments log</h1>
      <ModificationTabs tabs={modificationTabs(m, user)} current={here} />
      <p className="mb-4 max-w-3xl">
        Every review comment on this modification, by number: what it is about, who raised it, the response, its status and the version that addressed it. Withdrawn comments stay listed, marked.
      </p>

      <form method="get" action={here} className="mb-4 flex flex-wrap items-end gap-3 bg-white p-4">
        <SelectField inline name="round" label="Round" options={[...any("Any round"), ...log.rounds.map((r) => ({ value: r.id, label: `${r.title} (${COMMITTEE_LABELS[r.committee]})` }))]} defaultValue={filter.round ?? ""} />
        <SelectField inline name="committee" label="Committee" options={[...any("Any committee"), ...Object.values(Committee).map((c) => ({ value: c, label: COMMITTEE_LABELS[c] }))]} defaultValue={filter.committee ?? ""} />
        <FormField inline name="requirement" label="Requirement" hint="A reference, such as BR-03" size={10} defaultValue={filter.requirement ?? typedRequirement} errors={requirementErrors} />
        <SelectField inline name="status" label="Status" options={[...any("Any status"), ...LOG_STATUSES.map((s) => ({ value: s, label: STATUS_LABELS[s] }))]} defaultValue={filter.status ?? ""} />
        <SelectField inline name="severity" label="Severity" options={[...any("Any severity"), ...Object.values(CommentSeverity).map((s) => ({ value: s, label: COMMENT_SEVERITY_LABELS[s] }))]} defaultValue={filter.severity ?? ""} />
        <SelectField inline name="organisation" label="Organisation" options={[...any("Any organisation"), ...log.organisations.map((o) => ({ value: o.id, label: o.name }))]} defaultValue={filter.organisation ?? ""} />
        <Button>Filter</Button>
        {filtering && <Link href={here}>Clear filters</Link>}
      </form>

      <div className="mb-4 flex flex-wrap gap-x-8 gap-y-2">
        <Counts label="By status" counts={LOG_STATUSES.map((s) => ({ label: STATUS_LABELS[s], count: log.statusCounts[s], href: href({ ...kept, status: s }) }))} />
        <Counts label="By severity" counts={Object.values(CommentSeverity).map((s) => ({ label: COMMENT_SEVERITY_LABELS[s], count: log.severityCounts[s], href: href({ ...kept, severity: s }) }))} />
      </div>

      <div className="mb-4">
        <DownloadLinks label="Export these comments" links={["csv", "xlsx"].map((f) => ({ href: `${here}/export?${new URLSearchParams({ format: f, ...kept })}`, text: `Export ${f.toUpperCase()}` }))} />
      </div>

      <p role="status" className="mb-4">{summary(log.total, filter, filtering, log.pageCount)}</p>

      {log.threads.length > 0 ? (
        <table className="w-full border-collapse bg-white text-left [&_td]:p-2 [&_td]:align-top [&_tbody_tr]:border-b [&_tbody_tr]:border-slate-200">
          <caption className="sr-only">Comment threads by number</caption>
          <TableHead columns={[{ label: "Number", className: "w-24" }, { label: "About", className: "w-52" }, "Comment", "Response", { label: "Status", className: "w-48" }]} />
          <CommentsLogRows rows={log.threads.map((t) => logRow(m, t))} />
        </table>
      ) : (
        log.total > 0 && <p>This page is past the end of the log. <Link href={pageHref(log.pageCount)}>Go to the last page</Link>.</p>
      )}

      <Pager label="Comments log pages" page={log.page} pageCount={log.pageCount} href={pageHref} />
    </>
  );
}

/** Counts for the current filters (each list leaves its own filter out), each a link that applies it. */
function Counts({ label, counts }: { label: string; counts: { label: string; count: number; href: string }[] }) {
  return (
    <section aria-label={label}>
      <h2 className="font-semibold">{label}</h2>
      <ul className="flex flex-wrap gap-3">
        {counts.map((c) => (
          <li key={c.label}>{c.count > 0 ? <Link href={c.href}>{c.label}: {c.count}</Link> : `${c.label}: 0`}</li>
        ))}
      </ul>
    </section>
  );
}

const when = (at: Date) => ({ iso: at.toISOString(), text: formatDate(at) });

/** A thread as its row shows it: labelled, shortened and linked here, so the row's component gets strings. */
function logRow(m: { draftRef: string }, t: LogThread): CommentsLogRow {
  const s = t.subject;
  return {
    id: t.id,
    label: t.label,
    href: modificationPath(m, "comments", t.label),
    about:
      s.kind === "requirement"
        ? { ref: s.ref, href: modificationPath(m, "requirements", s.ref), version: `made on version ${s.madeOnVersion}${s.madeOnVersion !== s.currentVersion ? `; now version ${s.currentVersion}` : ""}` }
        : { text: subjectText(t) },
    round: t.round && `${t.round.title} (${COMMITTEE_LABELS[t.round.committee]})`,
    raised: { line: `${COMMENT_KIND_LABELS[t.kind]}${t.severity ? `, ${COMMENT_SEVERITY_LABELS[t.severity]}` : ""} · ${t.raisedBy}${t.organisation ? ` (${t.organisation})` : ""}`, at: when(t.raisedAt) },
    withdrawnAt: t.withdrawnAt && when(t.withdrawnAt),
    quotedText: t.quotedText && shorten(t.quotedText, 160),
    body: shorten(t.body ?? ""),
    replies: t.replyCount > 0 ? `${t.replyCount} repl${t.replyCount === 1 ? "y" : "ies"}` : null,
    response: t.response && { body: shorten(t.response.body), by: t.response.by, at: when(t.response.at) },
    status: {
      text: t.withdrawnAt ? "Withdrawn" : COMMENT_STATUS_LABELS[t.status],
      disposition: t.disposition && COMMENT_DISPOSITION_LABELS[t.disposition],
      reason: t.dispositionReason && shorten(t.dispositionReason, 160),
      addressed: t.addressedInVersions.length > 0 ? `Addressed in version ${t.addressedInVersions.join(", ")}` : null,
    },
  };
}

function shorten(text: string, max = 280): string {
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}

function summary(total: number, filter: CommentsLogFilter, filtering: boolean, pageCount: number): string {
  if (total === 0) return filtering ? "No comments match these filters." : "No comments yet.";
  const count = `${total} comment${total === 1 ? "" : "s"}${filtering ? " matching these filters" : ""}`;
  return pageCount > 1 ? `${count}, page ${Math.min(filter.page, pageCount)} of ${pageCount}` : count;
}
