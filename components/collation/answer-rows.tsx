"use client";
import type { FormState } from "@/lib/actions/form-state";
import { Badge } from "@/components/badge";
import { CommentActionForm } from "@/components/comment-action-form";
import { MarkdownHtml, type SanitisedHtml } from "@/components/markdown-html";

/** One answer as the page sends it: labelled strings, its text already sanitised HTML (markdownToHtml). */
export type AnswerRow = {
  id: string;
  organisation: string;
  category: string;
  position: string | null;
  /** A whole response's answers only: a cell's per-requirement comments leave these out. "Late: received 3 Jun 2022, 17:00" when late. */
  late?: string;
  /** Only ever true for a full reader (SECAS), and shown. */
  confidential: boolean;
  /** "Impact: High. Cost: … Lead time: 4 weeks.", or empty. */
  figures?: string;
  html: SanitisedHtml | null;
  themes?: string[];
};

type Props = {
  rows: AnswerRow[];
  label: string;
  /** Shown in place of an answer without text ("No rationale given."). */
  noText: string;
  /** SECAS's theme form under each answer, with the answer's id as `answerId`. */
  tagThemes?: (state: FormState, formData: FormData) => Promise<FormState>;
};

/**
 * The answers of a collation page. A client component for weight, not behaviour: rendered on the
 * server like the rest (it reads without JavaScript), but the RSC payload carries each answer's
 * strings and one theme action, not 25 answers' element trees and forms (see components/requirement-rows.tsx).
 */
export function AnswerRows({ rows, label, noText, tagThemes }: Props) {
  if (rows.length === 0) return <p className="italic">No answers match.</p>;
  return (
    <ul aria-label={label} className="space-y-3">
      {rows.map((a) => (
        <li key={a.id} id={`answer-${a.id}`} className="bg-white p-4">
          <p className="mb-1 flex flex-wrap items-center gap-2 text-sm text-slate-700">
            <span className="font-semibold text-slate-900">{a.organisation}</span>
            <span>({a.category})</span>
            {a.position && <Badge tone="info">{a.position}</Badge>}
            {a.late && <Badge tone="warning">{a.late}</Badge>}
            {a.confidential && <Badge tone="warning">Confidential: SECAS only</Badge>}
          </p>
          {a.figures && <p className="text-sm">{a.figures}</p>}
          {a.html ? <MarkdownHtml html={a.html} /> : <p className="italic">{noText}</p>}
          {a.themes?.length ? <p className="mt-1 text-sm">Themes: {a.themes.join(", ")}</p> : null}
          {tagThemes && (
            <CommentActionForm
              id={`themes-${a.id}`}
              title="Themes"
              action={tagThemes}
              hidden={{ answerId: a.id }}
              fields={[{ kind: "text", name: "themes", label: "Themes, separated by commas", defaultValue: a.themes?.join(", ") ?? "", rows: 1 }]}
              submit="Save themes"
            />
          )}
        </li>
      ))}
    </ul>
  );
}
