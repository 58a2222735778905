import type { FormState } from "@/lib/actions/form-state";
import type { VisibleAnswer, VisibleRequirementAnswer } from "@/lib/collation/visible-responses";
import { COST_BAND_LABELS, IMPACT_LEVEL_LABELS, POSITION_LABELS, receivedText, RESPONDENT_CATEGORY_LABELS } from "@/lib/labels";
import { markdownToHtml } from "@/components/markdown";
import { AnswerRows } from "./answer-rows";

/** The answers (rationales) a reader may see; `confidential` is only ever set for SECAS, and shown. `tagThemes` adds SECAS's theme form under each. */
export function AnswerList({ answers, label, tagThemes }: { answers: VisibleAnswer[]; label: string; tagThemes?: (state: FormState, formData: FormData) => Promise<FormState> }) {
  const rows = answers.map((a) => ({
    id: a.id,
    organisation: a.organisation,
    category: RESPONDENT_CATEGORY_LABELS[a.category],
    position: a.position && POSITION_LABELS[a.position],
    late: a.late ? `Late: ${receivedText(a.submittedAt)}` : undefined,
    confidential: a.confidential,
    figures: [
      a.impactLevel && `Impact: ${IMPACT_LEVEL_LABELS[a.impactLevel]}.`,
      a.costBand && `Cost: ${COST_BAND_LABELS[a.costBand]}.`,
      a.leadTimeWeeks !== null && `Lead time: ${a.leadTimeWeeks} weeks.`,
    ].filter(Boolean).join(" "),
    html: a.rationale ? markdownToHtml(a.rationale) : null,
    themes: a.themes,
  }));
  return <AnswerRows rows={rows} label={label} noText="No rationale given." tagThemes={tagThemes} />;
}

/** One requirement's answers from one Party Category (a heat-table cell). */
export function RequirementAnswerList({ answers, label }: { answers: VisibleRequirementAnswer[]; label: string }) {
  const rows = answers.map((a) => ({
    id: a.id,
    organisation: a.organisation,
    category: RESPONDENT_CATEGORY_LABELS[a.category],
    position: POSITION_LABELS[a.position],
    confidential: a.confidential,
    html: a.comment ? markdownToHtml(a.comment) : null,
  }));
  return <AnswerRows rows={rows} label={label} noText="No comment." />;
}
