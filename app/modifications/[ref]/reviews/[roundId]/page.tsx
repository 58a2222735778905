import type { Metadata } from "next";
import Link from "next/link";
import { authorizePage, principalOf } from "@/lib/auth/authorize";
import { can } from "@/lib/auth/permissions";
import { COMMITTEE_LABELS, formatDateTime, WINDOW_STATUS_LABELS } from "@/lib/labels";
import { modificationPath } from "@/lib/modifications/refs";
import { timeLeftText, windowText } from "@/lib/reviews/window-text";
import { Badge } from "@/components/badge";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { Markdown } from "@/components/markdown";
import { Notice } from "@/components/notice";
import { ProblemAlert } from "@/components/problem-alert";
import { TableHead } from "@/components/table-head";
import { CommentForm } from "@/components/comment-form";
import { createCommentAction } from "../../comments/comment-actions";
import { loadModification, modificationCrumbs } from "../../load";
import { changeReviewRoundStatusAction } from "../actions";
import { loadRound } from "./load-round";
import { Button } from "@/components/button";

type Props = PageProps<"/modifications/[ref]/reviews/[roundId]">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `Review round · ${(await params).ref.toUpperCase()}` };
}

const SAVED: Record<string, string> = {
  created: "Round created. It stays planned until you open it.",
  updated: "Changes saved.",
  opened: "The round is open: reviewers can comment until it closes.",
  closed: "The round is closed.",
};

export default async function ReviewRoundPage({ params, searchParams }: Props) {
  const { ref, roundId } = await params;
  const user = await authorizePage("comment.read", `/modifications/${ref}/reviews/${roundId}`);
  const m = await loadModification(ref);
  const now = new Date();
  const round = await loadRound(m.id, roundId, now);
  const here = modificationPath(m, "reviews", round.id);
  const manages = can(principalOf(user), "reviewRound.manage");
  const query = await searchParams;
  const { saved } = query;
  const savedText = typeof saved === "string" && Object.hasOwn(SAVED, saved) ? SAVED[saved] : null;
  const move = changeReviewRoundStatusAction.bind(null, m.draftRef, round.id);
  // The round's own choice, when this user may comment in it: answer forms per question and a general comment.
  const mayComment = can(principalOf(user), "comment.create", { round });
  const thisRound = [{ value: round.id, label: round.title }];
  const threads = round.progress.OPEN + round.progress.RESPONDED + round.progress.RESOLVED;

  return (
    <>
      <Breadcrumbs items={[...modificationCrumbs(m), { href: modificationPath(m, "reviews"), label: "Reviews" }, { label: round.title }]} />
      <p className="text-slate-700">{COMMITTEE_LABELS[round.committee]} review round</p>
      <h1 className="mb-2 text-3xl font-bold">{round.title}</h1>
      <ProblemAlert query={query} />
      {savedText && <Notice tone="success">{savedText}</Notice>}
      <div className="mb-6 flex flex-wrap items-center gap-3">
        <Badge tone={round.status === "OPEN" ? "success" : round.status === "PLANNED" ? "info" : "neutral"}>{WINDOW_STATUS_LABELS[round.status]}</Badge>
        <span>{windowText(round)}</span>
        <span className="font-semibold">{timeLeftText(round, now)}</span>
        {manages && round.status === "PLANNED" && (
          <>
            <Link href={`${here}/edit`}>Edit round</Link>
            <form action={move}>
              <input type="hidden" name="status" value="OPEN" />
              <input type="hidden" name="expectedVersion" value={round.version} />
              <Button size="sm">Open this round</Button>
            </form>
          </>
        )}
        {manages && round.status === "OPEN" && (
          <form action={move}>
            <input type="hidden" name="status" value="CLOSED" />
            <input type="hidden" name="expectedVersion" value={round.version} />
            <Button variant="secondary" size="sm" className="bg-white">Close this round now</Button>
          </form>
        )}
      </div>

      <div className="grid gap-8 lg:grid-cols-3">
        <div className="space-y-8 lg:col-span-2">
          <section aria-labelledby="introduction" className="bg-white p-6">
            <h2 id="introduction" className="mb-2 text-xl font-bold">Introduction</h2>
            {round.introduction ? <Markdown>{round.introduction}</Markdown> : <p className="italic">No introduction.</p>}
          </section>

          <section aria-labelledby="questions">
            <h2 id="questions" className="mb-2 text-xl font-bold">Questions</h2>
            {round.questions.length === 0 ? (
              <p className="italic">This round asks no particular questions.</p>
            ) : (
              <ol className="space-y-4">
                {round.questions.map((q) => {
                  const answers = round.answers.filter((a) => a.questionId === q.id);
                  return (
                    <li key={q.id} className="bg-white p-4">
                      <p className="font-semibold">
                        Question {q.number}: {q.text}
                      </p>
                      {answers.length === 0 ? (
                        <p className="mt-1 text-sm text-slate-700">No answers yet.</p>
                      ) : (
                        <ul aria-label={`Answers to question ${q.number}`} className="mt-2 space-y-2 border-l-2 border-slate-300 pl-3">
                          {answers.map((a) => (
                            <li key={a.id}>
                              <p className="text-sm text-slate-700">
                                C-{a.number}, {a.author.name}
                                {a.authorOrganisation && ` (${a.authorOrganisation.name})`}, <time dateTime={a.createdAt.toISOString()}>{formatDateTime(a.createdAt)}</time>
                              </p>
                              {a.withdrawnAt ? <p className="italic">Withdrawn by its author.</p> : <Markdown>{a.body}</Markdown>}
                              <Link href={modificationPath(m, "comments", String(a.number))} className="text-sm">
                                Open C-{a.number}
                              </Link>
                            </li>
                          ))}
                        </ul>
                      )}
                      {mayComment && (
                        <div className="mt-2 border-t border-slate-200">
                          <CommentForm
                            id={`answer-${q.number}`}
                            title={`Your answer to question ${q.number}`}
                            action={createCommentAction.bind(null, m.draftRef, { questionId: q.id })}
                            rounds={thisRound}
                            onRequirement={false}
                          />
                        </div>
                      )}
                    </li>
                  );
                })}
              </ol>
            )}
          </section>

          {mayComment && (
            <CommentForm id="general-comment" title="Comment on the modification in general" action={createCommentAction.bind(null, m.draftRef, {})} rounds={thisRound} onRequirement={false} />
          )}

          <section aria-labelledby="scope">
            <h2 id="scope" className="mb-2 text-xl font-bold">Requirements in scope</h2>
            {round.baseline ? (
              <>
                <p className="mb-2">
                  As frozen in the baseline <Link href={modificationPath(m, "baselines", round.baseline.id)}>{round.baseline.name}</Link>.
                </p>
                <table className="w-full border-collapse bg-white text-left">
                  <TableHead columns={[{ label: "Ref", className: "w-24" }, "Title", { label: "Version", className: "w-24" }, { label: "Threads in this round", className: "w-44" }]} />
                  <tbody>
                    {round.requirements.map((r) => (
                      <tr key={r.id} className="border-b border-slate-200">
                        <td className="p-2">
                          <Link href={modificationPath(m, "requirements", r.ref)}>{r.ref}</Link>
                        </td>
                        <td className="p-2">{r.title}</td>
                        <td className="p-2">{r.version}</td>
                        <td className="p-2">{r.threads}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </>
            ) : round.status === "PLANNED" ? (
              <p>The requirements as they stand will be frozen as this round&apos;s scope when it opens.</p>
            ) : (
              <p>This round has no requirements in scope: it reviews the modification as a whole.</p>
            )}
          </section>
        </div>

        <aside className="space-y-6">
          <section aria-labelledby="progress" className="bg-white p-4">
            <h2 id="progress" className="mb-2 text-xl font-bold">Progress</h2>
            <p className="mb-2">
              {threads} thread{threads === 1 ? "" : "s"} in this round
            </p>
            <dl className="grid grid-cols-2 gap-1">
              <dt>Open</dt>
              <dd className="font-semibold">{round.progress.OPEN}</dd>
              <dt>Responded</dt>
              <dd className="font-semibold">{round.progress.RESPONDED}</dd>
              <dt>Resolved</dt>
              <dd className="font-semibold">{round.progress.RESOLVED}</dd>
            </dl>
          </section>
          <section aria-labelledby="about" className="bg-white p-4">
            <h2 id="about" className="mb-2 text-xl font-bold">About this round</h2>
            <dl className="space-y-2">
              <div>
                <dt className="text-sm font-semibold text-slate-700">Committee</dt>
                <dd>{COMMITTEE_LABELS[round.committee]}</dd>
              </div>
              {round.openedAt && (
                <div>
                  <dt className="text-sm font-semibold text-slate-700">Opened</dt>
                  <dd>{formatDateTime(round.openedAt)}</dd>
                </div>
              )}
              {round.createdBy && (
                <div>
                  <dt className="text-sm font-semibold text-slate-700">Planned by</dt>
                  <dd>{round.createdBy.name}</dd>
                </div>
              )}
            </dl>
          </section>
        </aside>
      </div>
    </>
  );
}
