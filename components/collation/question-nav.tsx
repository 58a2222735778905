import type { CollatedQuestion } from "@/lib/collation/get-collation";
import { QUESTION_KIND_LABELS } from "@/lib/labels";

// Confidential answers counted too: their number is never secret, only their words.
const answersText = (n: number) => `${n} answer${n === 1 ? "" : "s"}`;

/**
 * The consultation's questions, one of them read at a time: all ten on one page, each with its
 * chart or heat table, made the collation ~460 KB and ~40 ms of server time a request. Plain links.
 */
export function QuestionNav({ questions, selected, href }: { questions: CollatedQuestion[]; selected: CollatedQuestion; href: (q: CollatedQuestion) => string }) {
  return (
    <nav aria-label="Questions" className="mb-8 bg-white p-4">
      <h2 className="mb-2 text-xl font-bold">Questions</h2>
      <ol className="space-y-1">
        {questions.map((q) => (
          <li key={q.id}>
            {q.id === selected.id ? (
              <span aria-current="page" className="font-semibold">Question {q.number}: {q.text}</span>
            ) : (
              <a href={href(q)}>Question {q.number}: {q.text}</a>
            )}{" "}
            <span className="text-sm text-slate-700">({QUESTION_KIND_LABELS[q.kind]}; {answersText(q.tally.total + q.tally.confidential)})</span>
          </li>
        ))}
      </ol>
    </nav>
  );
}
