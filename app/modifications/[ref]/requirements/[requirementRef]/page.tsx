import type { Metadata } from "next";
import Link from "next/link";
import { authorizePage, principalOf } from "@/lib/auth/authorize";
import { can } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { formatDateTime, REQUIREMENT_STATUS_LABELS } from "@/lib/labels";
import { modificationPath } from "@/lib/modifications/refs";
import { pageNumberSchema } from "@/lib/validation/address";
import { NEXT_STATUSES, STATUS_PERMISSION } from "@/lib/requirements/status-workflow";
import { orNotFound } from "@/app/or-not-found";
import { AddLinkForm } from "@/components/add-link-form";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { ButtonLink } from "@/components/button";
import { Markdown } from "@/components/markdown";
import { Notice } from "@/components/notice";
import { Pager } from "@/components/pager";
import { ProblemAlert } from "@/components/problem-alert";
import { RequirementStatusBadge } from "@/components/requirement-status-badge";
import { StatusChangeForm } from "@/components/status-change-form";
import { TraceLinks } from "@/components/trace-links";
import { cachedOpenRounds, cachedRequirement, cachedRequirementThreadPage } from "@/lib/cache/participant-pages";
import { THREADS_PER_REQUIREMENT_PAGE } from "@/lib/comments/find-requirement-thread-page";
import { roundsToCommentIn } from "@/lib/comments/open-rounds";
import { CommentForm } from "@/components/comment-form";
import { CommentThread } from "@/components/comment-thread";
import { PassagePicker } from "@/components/passage-picker";
import { createCommentAction } from "../../comments/comment-actions";
import { loadModification, modificationCrumbs } from "../../load";
import { addLinkAction, changeStatusAction, removeLinkAction } from "../actions";

type Props = PageProps<"/modifications/[ref]/requirements/[requirementRef]">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { ref, requirementRef } = await params;
  return { title: `${requirementRef.toUpperCase()} · ${ref.toUpperCase()}` };
}

export default async function RequirementPage({ params, searchParams }: Props) {
  const { ref, requirementRef } = await params;
  const user = await authorizePage("requirement.read", `/modifications/${ref}/requirements/${requirementRef}`);
  const m = await loadModification(ref);
  const requirement = await orNotFound(cachedRequirement(m.id, requirementRef));
  const link = (r: string) => modificationPath(m, "requirements", r);
  const here = link(requirement.ref);
  const mayEdit = can(principalOf(user), "requirement.edit") && requirement.status !== "WITHDRAWN";
  const statusOptions = NEXT_STATUSES[requirement.status]
    .filter((s) => can(principalOf(user), STATUS_PERMISSION[s]))
    .map((s) => ({ value: s, label: REQUIREMENT_STATUS_LABELS[s] }));
  const mayLink = can(principalOf(user), "requirement.link") && requirement.status !== "WITHDRAWN";
  const versionFields = { expectedVersion: String(requirement.version) };
  const query = await searchParams;
  const { saved, comments: commentsPage } = query;
  // Review material only for those who may read it (never party respondents or visitors).
  const mayReadComments = can(principalOf(user), "comment.read");
  const [comments, rounds] = mayReadComments
    ? await Promise.all([
        cachedRequirementThreadPage(m.id, requirement.id, pageNumberSchema.parse(commentsPage)),
        cachedOpenRounds(m.id).then((open) => roundsToCommentIn(db(), m.id, open, user)),
      ])
    : [null, []];

  return (
    <>
      <Breadcrumbs items={[...modificationCrumbs(m), { href: modificationPath(m, "requirements"), label: "Requirements" }, { label: requirement.ref }]} />
      <p className="text-slate-700">{requirement.area.title}</p>
      <h1 className="mb-2 text-3xl font-bold">
        {requirement.ref}: {requirement.title}
      </h1>
      <ProblemAlert query={query} />
      {saved && (
        <Notice tone="success">Saved as version {requirement.current.version}.</Notice>
      )}
      <p className="mb-6 flex flex-wrap items-center gap-3">
        <RequirementStatusBadge status={requirement.status} />
        <span>
          Version {requirement.current.version}, by {requirement.current.author.name} on{" "}
          <time dateTime={requirement.current.createdAt.toISOString()}>{formatDateTime(requirement.current.createdAt)}</time>
        </span>
        <Link href={`${here}/history`}>History</Link>
        {mayEdit && (
          <ButtonLink href={`${here}/edit`} size="sm">
            Edit {requirement.ref}
          </ButtonLink>
        )}
      </p>
      <div className="grid gap-8 lg:grid-cols-3">
        <div className="space-y-8 lg:col-span-2">
          <article className="bg-white p-6" aria-label="Requirement text">
            <div id="requirement-text">
              <Markdown>{requirement.body}</Markdown>
            </div>
            <p className="mt-6 border-t border-slate-200 pt-3 text-sm text-slate-700">Change note: {requirement.current.changeNote}</p>
            {rounds.length > 0 && <PassagePicker textId="requirement-text" fieldId="new-comment-quotedText" />}
          </article>
          {comments && (
            <section aria-labelledby="comments" className="space-y-4">
              <h2 id="comments" className="text-2xl font-bold">
                Comments ({comments.total})
              </h2>
              {comments.total === 0 && <p>No comments on {requirement.ref} yet.</p>}
              {comments.pageCount > 1 && (
                <p>
                  Comments {(comments.page - 1) * THREADS_PER_REQUIREMENT_PAGE + 1} to {(comments.page - 1) * THREADS_PER_REQUIREMENT_PAGE + comments.threads.length}, by number.{" "}
                  <Link href={`${modificationPath(m, "comments")}?${new URLSearchParams({ requirement: requirement.ref })}`}>All comments on {requirement.ref} in the comments log</Link>
                </p>
              )}
              {comments.threads.map((t) => (
                <CommentThread key={t.id} thread={t} requirementPath={link} threadPath={modificationPath(m, "comments", String(t.number))} />
              ))}
              <Pager label={`Pages of the comments on ${requirement.ref}`} page={comments.page} pageCount={comments.pageCount} href={(p) => (p > 1 ? `${here}?comments=${p}#comments` : `${here}#comments`)} />
              {rounds.length > 0 ? (
                <CommentForm
                  id="new-comment"
                  title={`Comment on ${requirement.ref} (version ${requirement.current.version})`}
                  action={createCommentAction.bind(null, m.draftRef, { requirementId: requirement.id, requirementVersion: requirement.current.version })}
                  rounds={rounds}
                  onRequirement
                />
              ) : (
                <p className="text-sm text-slate-700">There is no open review round you can comment in.</p>
              )}
            </section>
          )}
        </div>
        <aside className="space-y-6">
          {statusOptions.length > 0 && (
            <StatusChangeForm
              action={changeStatusAction.bind(null, m.draftRef, requirement.id)}
              hidden={versionFields}
              options={statusOptions}
            />
          )}
          <TraceLinks
            from={requirement.linksFrom}
            to={requirement.linksTo}
            requirementHref={link}
            serviceRequestsHref={modificationPath(m, "service-requests")}
            remove={mayLink ? { action: removeLinkAction.bind(null, m.draftRef, requirement.id), fields: versionFields } : undefined}
          />
          {mayLink && <AddLinkForm action={addLinkAction.bind(null, m.draftRef, requirement.id)} hidden={versionFields} />}
          <p className="mt-6">
            <Link href={modificationPath(m, "requirements")}>Back to all requirements</Link>
          </p>
        </aside>
      </div>
    </>
  );
}
