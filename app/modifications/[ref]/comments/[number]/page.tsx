import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { authorizePage, principalOf } from "@/lib/auth/authorize";
import { can } from "@/lib/auth/permissions";
import { getThread } from "@/lib/comments/find-threads";
import { COMMENT_DISPOSITION_LABELS, options, COMMENT_SEVERITY_LABELS } from "@/lib/comments/comment-labels";
import { db } from "@/lib/db";
import { formatDateTime } from "@/lib/labels";
import { modificationPath } from "@/lib/modifications/refs";
import { closeIfPastWindow } from "@/lib/reviews/close-if-past-window";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { CommentActionForm } from "@/components/comment-action-form";
import { CommentThread } from "@/components/comment-thread";
import { Notice } from "@/components/notice";
import { loadModification, modificationCrumbs } from "../../load";
import { editAction, reopenAction, replyAction, resolveAction, respondAction, severityAction, withdrawAction } from "../comment-actions";

type Props = PageProps<"/modifications/[ref]/comments/[number]">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { ref, number } = await params;
  return { title: `C-${number.replace(/^C-/i, "")} · ${ref.toUpperCase()}` };
}

const SAVED: Record<string, string> = {
  created: "Your comment is added.",
  replied: "Your reply is added.",
  responded: "Response sent: the thread is marked Responded.",
  resolved: "The thread is resolved.",
  reopened: "The thread is open again.",
  edited: "Your edit is saved; the earlier text is kept below.",
  withdrawn: "Withdrawn: it stays in the thread, marked as withdrawn.",
  severity: "Severity changed; the reason is kept below.",
};

/** One thread (C-17 at /comments/17): the comment, its replies, every earlier text, and the actions this viewer may take. */
export default async function CommentThreadPage({ params, searchParams }: Props) {
  const { ref, number } = await params;
  const user = await authorizePage("comment.read", `/modifications/${ref}/comments/${number}`);
  // /comments/17 or /comments/C-17 (as the comments log links it).
  const digits = /^(?:C-)?([1-9][0-9]{0,8})$/i.exec(number)?.[1];
  if (!digits) notFound();
  const m = await loadModification(ref);
  await closeIfPastWindow(db(), { modificationId: m.id });
  const thread = await getThread(db(), m.id, Number(digits));
  if (!thread) notFound();
  const me = principalOf(user);
  const target = (commentId: string) => ({ number: thread.number, commentId });
  const round = thread.reviewRound;
  const ownOpen = (authorId: string) => round !== null && can(me, "comment.editOwn", { authorId, round });
  const version = { expectedVersion: String(thread.version) };
  const { saved } = await searchParams;
  const savedText = typeof saved === "string" && Object.hasOwn(SAVED, saved) ? SAVED[saved] : null;
  const mayReply = round ? can(me, "comment.reply", { round }) : can(me, "comment.respond");
  const mine = [thread, ...thread.replies].filter((c) => !c.withdrawnAt && ownOpen(c.author.id));

  return (
    <>
      <Breadcrumbs items={[...modificationCrumbs(m), { label: `C-${thread.number}` }]} />
      <h1 className="mb-4 text-3xl font-bold">Comment C-{thread.number}</h1>
      {savedText && <Notice tone="success">{savedText}</Notice>}
      <div className="grid gap-8 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          <CommentThread thread={thread} requirementPath={(r) => modificationPath(m, "requirements", r)} threadPath={modificationPath(m, "comments", digits)} full />
          {thread.kind === "PROPOSED_WORDING" && thread.requirement && can(me, "requirement.edit") && thread.status !== "RESOLVED" && (
            <p>
              <a href={`${modificationPath(m, "requirements", thread.requirement.ref)}/edit?suggestion=${thread.number}`}>
                Carry this proposed wording into {thread.requirement.ref}&apos;s edit form
              </a>
            </p>
          )}
          <section aria-labelledby="history" className="bg-white p-4">
            <h2 id="history" className="mb-2 text-xl font-bold">Earlier texts</h2>
            {[thread, ...thread.replies].every((c) => thread.revisionsOf(c.id).length <= 1) ? (
              <p>Nothing in this thread has been edited.</p>
            ) : (
              <ul className="space-y-3">
                {[thread, ...thread.replies].flatMap((c) =>
                  thread.revisionsOf(c.id).length <= 1
                    ? []
                    : thread.revisionsOf(c.id).map((r) => (
                        <li key={`${c.id}-${r.revision}`} className="border-l-2 border-slate-300 pl-3">
                          <p className="text-sm text-slate-700">
                            {c.id === thread.id ? `C-${thread.number}` : `Reply by ${c.author.name}`}, revision {r.revision} by {r.author.name}, {formatDateTime(r.createdAt)}
                            {r.severity && ` · ${COMMENT_SEVERITY_LABELS[r.severity]}`}
                            {r.reason && ` · reason: ${r.reason}`}
                          </p>
                          <p className="whitespace-pre-wrap">{r.body}</p>
                        </li>
                      )),
                )}
              </ul>
            )}
          </section>
        </div>
        <aside className="space-y-6" aria-label="Actions on this thread">
          {mayReply && (
            <CommentActionForm id="reply" title="Reply" action={replyAction.bind(null, m.draftRef, target(thread.id))} fields={[{ kind: "text", name: "body", label: "Your reply (Markdown)" }]} submit="Reply" />
          )}
          {can(me, "comment.respond") && thread.status !== "RESOLVED" && (
            <CommentActionForm
              id="respond"
              title="Respond for the Working Group"
              action={respondAction.bind(null, m.draftRef, target(thread.id))}
              hidden={version}
              fields={[{ kind: "text", name: "body", label: "Response (Markdown)" }]}
              submit="Respond"
            />
          )}
          {can(me, "comment.resolve") && thread.status !== "RESOLVED" && (
            <CommentActionForm
              id="resolve"
              title="Resolve"
              action={resolveAction.bind(null, m.draftRef, target(thread.id))}
              hidden={version}
              fields={[
                { kind: "select", name: "disposition", label: "Disposition", options: options(COMMENT_DISPOSITION_LABELS) },
                { kind: "text", name: "reason", label: "Reason (required when rejected)", rows: 2 },
              ]}
              submit="Resolve"
            />
          )}
          {thread.status !== "OPEN" && can(me, "comment.reopen", { authorId: thread.author.id }) && (
            <CommentActionForm id="reopen" title="Reopen" action={reopenAction.bind(null, m.draftRef, target(thread.id))} hidden={version} fields={[]} submit="Reopen this thread" />
          )}
          {can(me, "comment.changeSeverity") && (
            <CommentActionForm
              id="severity"
              title="Change severity"
              action={severityAction.bind(null, m.draftRef, target(thread.id))}
              hidden={version}
              fields={[
                { kind: "select", name: "severity", label: "Severity", options: options(COMMENT_SEVERITY_LABELS), defaultValue: thread.severity ?? undefined },
                { kind: "text", name: "reason", label: "Reason", rows: 2 },
              ]}
              submit="Change severity"
            />
          )}
          {mine.map((c) => {
            const which = c.id === thread.id ? "comment" : "reply";
            const key = c.id === thread.id ? "thread" : c.id;
            return (
              <div key={c.id} className="space-y-4">
                <CommentActionForm
                  id={`edit-${key}`}
                  title={`Edit your ${which}`}
                  action={editAction.bind(null, m.draftRef, target(c.id))}
                  hidden={{ expectedVersion: String(c.version) }}
                  fields={[
                    { kind: "text", name: "body", label: `Your ${which} (Markdown)`, defaultValue: c.body },
                    ...(c.id === thread.id && thread.kind === "PROPOSED_WORDING"
                      ? [{ kind: "text" as const, name: "proposedWording", label: "Proposed wording", defaultValue: thread.proposedWording ?? "" }]
                      : []),
                  ]}
                  submit="Save edit"
                />
                <CommentActionForm
                  id={`withdraw-${key}`}
                  title={`Withdraw your ${which}`}
                  action={withdrawAction.bind(null, m.draftRef, target(c.id))}
                  hidden={{ expectedVersion: String(c.version) }}
                  fields={[]}
                  submit="Withdraw"
                />
              </div>
            );
          })}
        </aside>
      </div>
    </>
  );
}
