import type { CollatedQuestion, Collation } from "@/lib/collation/get-collation";
import { tallyKeysFor } from "@/lib/collation/visible-responses";
import { QUESTION_KIND_LABELS } from "@/lib/labels";
import { Markdown } from "@/components/markdown";
import { Pager } from "@/components/pager";
import { HeatTable } from "./heat-table";
import { Tally } from "./tally";

type Props = {
  question: CollatedQuestion;
  /** The heat table's page of requirements, and the address of another page of them. */
  heat: Collation["heat"];
  heatHref: (page: number) => string;
  /** The address parameters the heat table's cell links keep; none: its cells are not links. */
  cellLinks?: Record<string, string>;
  /** SECAS's summary form, where it may still write one. */
  summaryForm?: React.ReactNode;
};

/** One question: its tally (table and chart) or heat table, its themes, and SECAS's summary. */
export function QuestionSection({ question: q, heat, heatHref, cellLinks, summaryForm }: Props) {
  return (
    <section id={`question-${q.number}`} aria-labelledby={`question-${q.number}-heading`} className="space-y-4">
      <h2 id={`question-${q.number}-heading`} className="text-2xl font-bold">
        Question {q.number}: {q.text}
      </h2>
      <p className="text-sm text-slate-700">{QUESTION_KIND_LABELS[q.kind]}</p>
      {q.kind === "PER_REQUIREMENT" ? (
        <>
          <HeatTable question={q} heat={heat} cellLinks={cellLinks} />
          <Pager label={`Pages of requirements, question ${q.number}`} page={heat.page} pageCount={heat.pageCount} href={(p) => `${heatHref(p)}#question-${q.number}`} />
        </>
      ) : (
        <Tally id={`q${q.number}`} number={q.number} keys={tallyKeysFor(q.kind)} tally={q.tally} />
      )}
      {q.themes.length > 0 && (
        <p>
          <span className="font-semibold">Themes: </span>
          {q.themes.map((t) => `${t.theme} (${t.count})`).join(", ")}
        </p>
      )}
      <div className="bg-white p-4">
        <h3 className="mb-1 text-lg font-bold">SECAS&apos;s summary</h3>
        {q.summary ? <Markdown>{q.summary}</Markdown> : <p className="italic">No summary yet.</p>}
      </div>
      {summaryForm}
    </section>
  );
}
