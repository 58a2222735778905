import type { CollatedQuestion, Collation } from "@/lib/collation/get-collation";
import { filterQuery, type CollationFilter } from "@/lib/collation/collation-filter";
import type { RespondentCategory } from "@/lib/generated/prisma/enums";
import { QuestionNav } from "./question-nav";
import { QuestionSection } from "./question-section";

type Props = {
  /** The page's own address (collation or published), which every link here starts from. */
  path: string;
  filter: CollationFilter;
  questions: CollatedQuestion[];
  selected: CollatedQuestion;
  heat: Collation["heat"];
  /** Where the heat table's cells link (the collation page only). */
  cellHref?: (requirementVersionId: string, category: RespondentCategory) => string;
  summaryForm?: React.ReactNode;
};

/** The question list and the question read now, with their links keeping the heat table's page and the answer filter. */
export function CollationQuestion({ path, filter, questions, selected, heat, cellHref, summaryForm }: Props) {
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
        cellHref={cellHref}
        summaryForm={summaryForm}
      />
    </>
  );
}
