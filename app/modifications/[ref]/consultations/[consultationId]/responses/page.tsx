import type { Metadata } from "next";
import Link from "next/link";
import { authorizePage, principalOf } from "@/lib/auth/authorize";
import { can } from "@/lib/auth/permissions";
import { filterQuery, parseCollationFilter, ANSWERS_PER_PAGE } from "@/lib/collation/collation-filter";
import { cachedCollation, cachedRationales, cachedRequirementAnswers } from "@/lib/cache/collation-pages";
import { confidentialText } from "@/lib/collation/get-collation";
import { readerFor } from "@/lib/collation/visible-responses";
import { CONSULTATION_STATUS_LABELS, formatDateTime, RESPONDENT_CATEGORY_LABELS } from "@/lib/labels";
import { modificationPath } from "@/lib/modifications/refs";
import { pageCountOf } from "@/lib/validation/address";
import { Badge } from "@/components/badge";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { Button } from "@/components/button";
import { AnswerFilter } from "@/components/collation/answer-filter";
import { AnswerList, RequirementAnswerList } from "@/components/collation/answer-list";
import { CollationQuestion } from "@/components/collation/collation-question";
import { RespondentList } from "@/components/collation/respondent-list";
import { tallyKeyLabel } from "@/components/collation/tally";
import { CommentActionForm } from "@/components/comment-action-form";
import { Markdown } from "@/components/markdown";
import { Notice } from "@/components/notice";
import { Pager } from "@/components/pager";
import { ProblemAlert } from "@/components/problem-alert";
import { orNotFound } from "@/app/or-not-found";
import { loadModification, modificationCrumbs } from "../../../load";
import { moveCollationAction, tagAnswerThemesAction, writeQuestionSummaryAction } from "./actions";

type Props = PageProps<"/modifications/[ref]/consultations/[consultationId]/responses">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `Collated responses · ${(await params).ref.toUpperCase()}` };
}

const SAVED: Record<string, string> = {
  summary: "Summary saved.",
  themes: "Themes saved.",
  collated: "The responses are collated: check the summaries, then publish.",
  published: "Published: the collated responses are public.",
};

/** The collation (SECAS and the Working Group), a question at a time: tallies, charts, heat table, rationales; SECAS tags themes, writes summaries, collates and publishes. */
export default async function CollationPage({ params, searchParams }: Props) {
  const { ref, consultationId } = await params;
  const here = `/modifications/${ref}/consultations/${consultationId}/responses`;
  const user = await authorizePage("consultation.readCollation", here);
  const m = await loadModification(ref);
  const principal = principalOf(user);
  // SECAS reads confidential answers here (marked); the Working Group reads them as counts only.
  const reader = readerFor(principal);
  const query = await searchParams;
  const filter = parseCollationFilter(query);
  const { consultation, counts, questions, respondents, heat } = await orNotFound(cachedCollation(reader, m.id, consultationId, { heatPage: filter.heat }));
  const path = modificationPath(m, "consultations", consultation.id, "responses");
  const collates = can(principal, "consultation.collate");
  const publishes = can(principal, "consultation.publishCollation");
  const editable = collates && (consultation.status === "CLOSED" || consultation.status === "COLLATED");
  const selected = questions.find((q) => q.number === filter.question) ?? questions[0];
  const heatKept = heat.page > 1 ? heat.page : null;
  const base = { question: selected?.number ?? null, position: filter.position, category: filter.category, heat: heatKept };
  const [rationales, cell] = await Promise.all([
    selected
      ? cachedRationales(reader, m.id, consultation.id, { questionId: selected.id, position: filter.position ?? undefined, category: filter.category ?? undefined }, { skip: (filter.page - 1) * ANSWERS_PER_PAGE, take: ANSWERS_PER_PAGE })
      : null,
    selected && selected.kind === "PER_REQUIREMENT" && filter.requirement && filter.category
      ? cachedRequirementAnswers(reader, m.id, consultation.id, { questionId: selected.id, requirementVersionId: filter.requirement, category: filter.category })
      : null,
  ]);
  const cellRequirement = selected?.requirements.find((r) => r.requirementVersionId === filter.requirement);
  const move = (to: "COLLATED" | "PUBLISHED") => moveCollationAction.bind(null, m.draftRef, consultation.id, to);
  const savedText = typeof query.saved === "string" && Object.hasOwn(SAVED, query.saved) ? SAVED[query.saved] : null;
  const back = filterQuery({ ...base, page: filter.page > 1 ? filter.page : null }).slice(1);

  return (
    <>
      <Breadcrumbs items={[...modificationCrumbs(m), { href: modificationPath(m, "consultations", consultation.id), label: consultation.title }, { label: "Collated responses" }]} />
      <h1 className="mb-2 text-3xl font-bold">Collated responses: {consultation.title}</h1>
      <ProblemAlert query={query} />
      {savedText && <Notice tone="success">{savedText}</Notice>}
      <div className="mb-6 flex flex-wrap items-center gap-3">
        <Badge tone={consultation.status === "PUBLISHED" ? "success" : "info"}>{CONSULTATION_STATUS_LABELS[consultation.status]}</Badge>
        <span>Closed {formatDateTime(consultation.closedAt ?? consultation.closesAt)}</span>
        {collates && consultation.status === "CLOSED" && (
          <form action={move("COLLATED")}>
            <input type="hidden" name="expectedVersion" value={consultation.version} />
            <Button size="sm">Mark as collated</Button>
          </form>
        )}
        {publishes && consultation.status === "COLLATED" && (
          <form action={move("PUBLISHED")}>
            <input type="hidden" name="expectedVersion" value={consultation.version} />
            <Button size="sm">Publish the collated responses</Button>
          </form>
        )}
        {consultation.status === "PUBLISHED" && <Link href={modificationPath(m, "consultations", consultation.id, "published")}>Read the published collation</Link>}
      </div>
      {consultation.status === "PLANNED" || consultation.status === "OPEN" ? (
        <Notice tone="info">This consultation has not closed yet: the tallies below grow as responses are submitted.</Notice>
      ) : null}
      {!reader.full && <Notice tone="info">Confidential responses and answers appear here as counts only.</Notice>}
      {consultation.introduction && (
        <section aria-label="Introduction" className="mb-6 bg-white p-4">
          <Markdown>{consultation.introduction}</Markdown>
        </section>
      )}

      <section aria-labelledby="received" className="mb-8">
        <h2 id="received" className="mb-2 text-2xl font-bold">Responses received</h2>
        <p className="mb-2">
          {counts.submitted} response{counts.submitted === 1 ? "" : "s"} received, {confidentialText(counts.confidential, "response")}, {counts.late} late (received after the close).
        </p>
        <RespondentList respondents={respondents} />
      </section>

      {selected && (
        <CollationQuestion
          path={path}
          filter={filter}
          questions={questions}
          selected={selected}
          heat={heat}
          linkCells
          summaryForm={
            editable && (
              <CommentActionForm
                id={`summary-${selected.number}`}
                title={`Your summary of question ${selected.number}`}
                action={writeQuestionSummaryAction.bind(null, m.draftRef, consultation.id, back)}
                hidden={{ questionId: selected.id, expectedVersion: String(selected.version), questionNumber: String(selected.number) }}
                fields={[{ kind: "text", name: "summary", label: "Summary (Markdown)", defaultValue: selected.summary, rows: 4 }]}
                submit="Save summary"
              />
            )
          }
        />
      )}

      {cell && cellRequirement && filter.category && (
        <section id="cell" aria-labelledby="cell-heading" className="mt-10">
          <h2 id="cell-heading" className="mb-2 text-2xl font-bold">
            {cellRequirement.ref}: answers from {RESPONDENT_CATEGORY_LABELS[filter.category]} respondents
          </h2>
          <RequirementAnswerList answers={cell} label={`Answers on ${cellRequirement.ref}`} />
        </section>
      )}

      {selected && rationales && (
        <section id="answers" aria-labelledby="answers-heading" className="mt-10">
          <h2 id="answers-heading" className="mb-2 text-2xl font-bold">
            Answers to question {selected.number}
            {filter.position ? `: ${tallyKeyLabel(filter.position)}` : ""}
            {filter.category ? `, ${RESPONDENT_CATEGORY_LABELS[filter.category]}` : ""}
          </h2>
          <AnswerFilter selected={selected} filter={filter} />
          <p className="mb-2">
            {rationales.total} answer{rationales.total === 1 ? "" : "s"}
            {!reader.full && selected.tally.confidential > 0 ? `; also ${confidentialText(selected.tally.confidential, "answer")}, not shown` : ""}.
          </p>
          <AnswerList
            answers={rationales.answers}
            label={`Answers to question ${selected.number}`}
            tagThemes={editable ? tagAnswerThemesAction.bind(null, m.draftRef, consultation.id, back) : undefined}
          />
          <Pager label="Pages of answers" page={filter.page} pageCount={pageCountOf(rationales.total, ANSWERS_PER_PAGE)} href={(p) => `${path}${filterQuery({ ...base, page: p })}#answers`} />
        </section>
      )}
    </>
  );
}
