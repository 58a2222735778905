import { CATEGORIES, tallyKeysFor } from "@/lib/collation/visible-responses";
import type { CollationFilter } from "@/lib/collation/collation-filter";
import type { QuestionKind } from "@/lib/generated/prisma/enums";
import { RESPONDENT_CATEGORY_LABELS } from "@/lib/labels";
import { Button } from "@/components/button";
import { SelectField } from "@/components/select-field";
import { tallyKeyLabel } from "./tally";

/** A GET form (works without JavaScript): the question's answers of which position and Party Category (QuestionNav picks the question). */
export function AnswerFilter({ selected, filter }: { selected: { number: number; kind: QuestionKind }; filter: CollationFilter }) {
  return (
    <form method="get" action="#answers" className="mb-4 flex flex-wrap items-end gap-4 bg-white p-4" aria-label="Filter the answers">
      {/* The heat table stays on the page of requirements being read. */}
      {filter.heat > 1 && <input type="hidden" name="heat" value={filter.heat} />}
      <input type="hidden" name="question" value={selected.number} />
      <SelectField inline name="position" label="Position" defaultValue={filter.position ?? ""} options={[{ value: "", label: "Any" }, ...tallyKeysFor(selected.kind).filter((k) => k !== "ANSWERED").map((k) => ({ value: k, label: tallyKeyLabel(k) }))]} />
      <SelectField inline name="category" label="Party Category" defaultValue={filter.category ?? ""} options={[{ value: "", label: "Any" }, ...CATEGORIES.map((c) => ({ value: c, label: RESPONDENT_CATEGORY_LABELS[c] }))]} />
      <Button variant="secondary" size="sm">Show answers</Button>
    </form>
  );
}
