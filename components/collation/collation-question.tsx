import type { CollatedQuestion, Collation } from "@/lib/collation/get-collation";
import { filterQuery, type CollationFilter } from "@/lib/collation/collation-filter";
import { QuestionNav } from "./question-nav";
import { QuestionSection } from "./question-section";

type Props = {
  /** The page's own address (collation or published), which every link here starts from. */
  path: string;
  filter: CollationFilter;
  questions: CollatedQuestion[];
  selected: CollatedQuestion;
  heat: Collation["heat"];
  /** The heat table's cells link to their answers, on this page (the collation page only). */
  linkCells?: boolean;
  summaryForm?: React.ReactNode;
};

/** The question list and the question read now, with their links keeping the heat table's page and the answer filter. */
export function CollationQuestion({ path, filter, questions, selected, heat, linkCells, summaryForm }: Props) {
  const heatKept = heat.page > 1 ? heat.page : null;
  return (
    <>
      <QuestionNav questions={questions} selected={selected} href={(q) => `${path}${filterQuery({ question: q.number, heat: heatKept })}#question-${q.number}`} />
      <QuestionSection
        question={selected}
        heat={heat}
        heatHref={(p) =>
          `${path}${filterQuery({ question: selected.number, position: filter.position, category: filter.category, page: filter.page > 1 ? filter.page : null, heat: p > 1 ? p : null })}`
        }
        // A cell's link keeps the question and the heat table's page, and adds its requirement and category.
        cellLinks={linkCells ? { question: String(selected.number), ...(heatKept ? { heat: String(heatKept) } : {}) } : undefined}
        summaryForm={summaryForm}
      />
    </>
  );
}
