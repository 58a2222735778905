import type { Metadata } from "next";
import { authorizePage } from "@/lib/auth/authorize";
import { filterQuery, parseCollationFilter, ANSWERS_PER_PAGE } from "@/lib/collation/collation-filter";
import { cachedPublishedCollation, cachedRationales } from "@/lib/cache/collation-pages";
import { confidentialText } from "@/lib/collation/get-collation";
import { PUBLISHED_READER } from "@/lib/collation/visible-responses";
import { formatDateTime } from "@/lib/labels";
import { modificationPath } from "@/lib/modifications/refs";
import { pageCountOf } from "@/lib/validation/address";
import { Badge } from "@/components/badge";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { AnswerFilter } from "@/components/collation/answer-filter";
import { AnswerList } from "@/components/collation/answer-list";
import { CollationQuestion } from "@/components/collation/collation-question";
import { RespondentList } from "@/components/collation/respondent-list";
import { DownloadLinks } from "@/components/download-links";
import { Markdown } from "@/components/markdown";
import { Pager } from "@/components/pager";
import { orNotFound } from "@/app/or-not-found";
import { loadModification, modificationCrumbs } from "../../../load";

type Props = PageProps<"/modifications/[ref]/consultations/[consultationId]/published">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `Published consultation responses · ${(await params).ref.toUpperCase()}` };
}

/**
 * The published collation, for everyone (visitors included), once SECAS has published it: read as
 * published (PUBLISHED_READER) whoever looks, SECAS too, so everyone sees what the public sees.
 */
export default async function PublishedCollationPage({ params, searchParams }: Props) {
  const { ref, consultationId } = await params;
  const here = `/modifications/${ref}/consultations/${consultationId}/published`;
  await authorizePage("consultation.readCollated", here);
  const m = await loadModification(ref);
  const filter = parseCollationFilter(await searchParams);
  const { consultation, counts, questions, respondents, heat } = await orNotFound(cachedPublishedCollation(PUBLISHED_READER, m.id, consultationId, { heatPage: filter.heat }));
  const path = modificationPath(m, "consultations", consultation.id, "published");
  const selected = questions.find((q) => q.number === filter.question) ?? questions[0];
  const heatKept = heat.page > 1 ? heat.page : null;
  const base = { question: selected?.number ?? null, position: filter.position, category: filter.category, heat: heatKept };
  const rationales = selected
    ? await cachedRationales(PUBLISHED_READER, m.id, consultation.id, { questionId: selected.id, position: filter.position ?? undefined, category: filter.category ?? undefined }, { skip: (filter.page - 1) * ANSWERS_PER_PAGE, take: ANSWERS_PER_PAGE })
    : null;
  const download = (format: string, text: string) => ({ href: `${path}/export?format=${format}`, text });

  return (
    <>
      <Breadcrumbs items={[...modificationCrumbs(m), { label: `${consultation.title}: published responses` }]} />
      <h1 className="mb-2 text-3xl font-bold">Collated consultation responses: {consultation.title}</h1>
      <div className="mb-4 flex flex-wrap items-center gap-3">
        <Badge tone="success">Published</Badge>
        {consultation.publishedAt && <span>Published {formatDateTime(consultation.publishedAt)}</span>}
        <span>Window closed {formatDateTime(consultation.closedAt ?? consultation.closesAt)}</span>
      </div>
      <div className="mb-6">
        <DownloadLinks label="Download" links={[download("docx", "Document (DOCX)"), download("xlsx", "Spreadsheet (XLSX)"), download("csv", "CSV")]} />
      </div>
      {consultation.introduction && (
        <section aria-label="Introduction" className="mb-6 bg-white p-4">
          <Markdown>{consultation.introduction}</Markdown>
        </section>
      )}

      <section aria-labelledby="received" className="mb-8">
        <h2 id="received" className="mb-2 text-2xl font-bold">Responses received</h2>
        <p className="mb-2">
          {counts.submitted} response{counts.submitted === 1 ? "" : "s"} received, of which {confidentialText(counts.confidential, "response")} (counted, not shown) and {counts.late} late (received after the close).
        </p>
        <RespondentList respondents={respondents} />
      </section>

      {selected && (
        <CollationQuestion path={path} filter={filter} questions={questions} selected={selected} heat={heat} />
      )}

      {selected && rationales && (
        <section id="answers" aria-labelledby="answers-heading" className="mt-10">
          <h2 id="answers-heading" className="mb-2 text-2xl font-bold">Answers to question {selected.number}</h2>
          <AnswerFilter selected={selected} filter={filter} />
          <p className="mb-2">
            {rationales.total} answer{rationales.total === 1 ? "" : "s"}
            {selected.tally.confidential > 0 ? `; also ${confidentialText(selected.tally.confidential, "answer")}, not shown` : ""}.
          </p>
          <AnswerList answers={rationales.answers} label={`Answers to question ${selected.number}`} />
          <Pager label="Pages of answers" page={filter.page} pageCount={pageCountOf(rationales.total, ANSWERS_PER_PAGE)} href={(p) => `${path}${filterQuery({ ...base, page: p })}#answers`} />
        </section>
      )}
    </>
  );
}
