import { CATEGORIES, type Respondent } from "@/lib/collation/visible-responses";
import { receivedText, RESPONDENT_CATEGORY_LABELS } from "@/lib/labels";
import { RespondentNames } from "./respondent-names";

/**
 * Who responded, by Party Category: one line of names per category. Text, not a table of 300
 * rows: a row per respondent made a third of the collation page, paid twice (HTML and the RSC
 * payload). A confidential response is only in a full reader's list (visible-responses).
 */
export function RespondentList({ respondents }: { respondents: Respondent[] }) {
  const groups = CATEGORIES.map((c) => ({ category: c, members: respondents.filter((r) => r.category === c) })).filter((g) => g.members.length > 0);
  if (groups.length === 0) return <p className="italic">No responses yet.</p>;
  return (
    <dl className="space-y-2 bg-white p-4 text-sm">
      {groups.map(({ category, members }) => (
        <div key={category}>
          <dt className="font-semibold">
            {RESPONDENT_CATEGORY_LABELS[category]} ({members.length})
          </dt>
          <dd>
            <RespondentNames names={members.map((r) => ({ name: r.organisation, note: (r.late ? ` (late: ${receivedText(r.submittedAt)})` : "") + (r.confidential ? " (confidential: SECAS only)" : "") }))} />
          </dd>
        </div>
      ))}
    </dl>
  );
}

