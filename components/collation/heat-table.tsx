import { CATEGORIES } from "@/lib/collation/visible-responses";
import { supportShare, type CollatedQuestion, type Collation } from "@/lib/collation/get-collation";
import { RESPONDENT_CATEGORY_LABELS } from "@/lib/labels";
import { HeatRows, type HeatCell, type HeatRow, type Shade } from "./heat-rows";

function shade(share: number | null): Shade {
  if (share === null) return "none";
  if (share >= 2 / 3) return "high";
  if (share > 1 / 3) return "some";
  return "low";
}

/** A requirement's support as its row shows it. */
function heatRow(r: CollatedQuestion["requirements"][number]): HeatRow {
  const cells = CATEGORIES.map((c): HeatCell => {
    const { support, total, share } = supportShare(r.support.byCategory[c]);
    return [share === null ? "none" : `${Math.round(share * 100)}% (${support} of ${total})`, shade(share), total > 0];
  });
  return { id: r.requirementVersionId, head: `${r.ref} v${r.version} `, title: r.title, cells, confidential: r.support.confidential };
}

/**
 * Support per requirement × Party Category: each cell shows the share supporting and the counts
 * behind it, and (where `cellLinks` is given) links to the answers behind it.
 */
export function HeatTable({ question, heat, cellLinks }: { question: CollatedQuestion; heat: Collation["heat"]; cellLinks?: Record<string, string> }) {
  return (
    <div className="overflow-x-auto">
      {/* Cell and row styles set once on the table, not on each of the 400 cells: every byte there is paid 400 times a page. */}
      <table className="w-full border-collapse bg-white text-left text-sm [&_td]:p-2 [&_td]:text-right [&_tbody_tr]:border-b [&_tbody_tr]:border-slate-200">
        <caption className="mb-1 text-left font-semibold">
          Question {question.number}: support for each requirement by Party Category (share supporting, supporting of all who answered)
          {heat.pageCount > 1 && `; requirements ${heat.first} to ${heat.first + question.requirements.length - 1} of ${heat.requirementCount}`}
        </caption>
        <thead>
          <tr className="border-b-2 border-slate-400">
            <th scope="col" className="p-2">Requirement</th>
            {CATEGORIES.map((c) => (
              <th key={c} scope="col" className="p-2 text-right">{RESPONDENT_CATEGORY_LABELS[c]}</th>
            ))}
            <th scope="col" className="p-2 text-right">Confidential</th>
          </tr>
        </thead>
        <HeatRows rows={question.requirements.map(heatRow)} categories={[...CATEGORIES]} cellLinks={cellLinks} />
      </table>
    </div>
  );
}
