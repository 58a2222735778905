import type { VisibleAnswer, VisibleRequirementAnswer } from "@/lib/collation/visible-responses";
import { COST_BAND_LABELS, IMPACT_LEVEL_LABELS, POSITION_LABELS, RESPONDENT_CATEGORY_LABELS } from "@/lib/labels";
import { Badge } from "@/components/badge";
import { Markdown } from "@/components/markdown";

/** The answers (rationales) a reader may see; `confidential` is only ever set for SECAS, and shown. `after` adds SECAS's theme form under each. */
export function AnswerList({ answers, label, after }: { answers: VisibleAnswer[]; label: string; after?: (a: VisibleAnswer) => React.ReactNode }) {
  if (answers.length === 0) return <p className="italic">No answers match.</p>;
  return (
    <ul aria-label={label} className="space-y-3">
      {answers.map((a) => (
        <li key={a.id} id={`answer-${a.id}`} className="bg-white p-4">
          <p className="mb-1 flex flex-wrap items-center gap-2 text-sm text-slate-700">
            <span className="font-semibold text-slate-900">{a.organisation}</span>
            <span>({RESPONDENT_CATEGORY_LABELS[a.category]})</span>
            {a.position && <Badge tone="info">{POSITION_LABELS[a.position]}</Badge>}
            {a.late && <Badge tone="warning">Late: received after the close</Badge>}
            {a.confidential && <Badge tone="warning">Confidential: SECAS only</Badge>}
          </p>
          {(a.impactLevel || a.costBand || a.leadTimeWeeks !== null) && (
            <p className="text-sm">
              {a.impactLevel && <>Impact: {IMPACT_LEVEL_LABELS[a.impactLevel]}. </>}
              {a.costBand && <>Cost: {COST_BAND_LABELS[a.costBand]}. </>}
              {a.leadTimeWeeks !== null && <>Lead time: {a.leadTimeWeeks} weeks.</>}
            </p>
          )}
          {a.rationale ? <Markdown>{a.rationale}</Markdown> : <p className="italic">No rationale given.</p>}
          {a.themes.length > 0 && <p className="mt-1 text-sm">Themes: {a.themes.join(", ")}</p>}
          {after?.(a)}
        </li>
      ))}
    </ul>
  );
}

export function RequirementAnswerList({ answers, label }: { answers: VisibleRequirementAnswer[]; label: string }) {
  if (answers.length === 0) return <p className="italic">No answers match.</p>;
  return (
    <ul aria-label={label} className="space-y-3">
      {answers.map((a) => (
        <li key={a.id} className="bg-white p-4">
          <p className="mb-1 flex flex-wrap items-center gap-2 text-sm text-slate-700">
            <span className="font-semibold text-slate-900">{a.organisation}</span>
            <span>({RESPONDENT_CATEGORY_LABELS[a.category]})</span>
            <Badge tone="info">{POSITION_LABELS[a.position]}</Badge>
            {a.confidential && <Badge tone="warning">Confidential: SECAS only</Badge>}
          </p>
          {a.comment ? <Markdown>{a.comment}</Markdown> : <p className="italic">No comment.</p>}
        </li>
      ))}
    </ul>
  );
}
