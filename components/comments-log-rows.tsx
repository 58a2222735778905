"use client";

/** A date as the page shows it and as `<time dateTime>` carries it. */
type When = { iso: string; text: string };

/** One thread of the comments log as the page sends it: strings, already labelled, shortened and linked. */
export type CommentsLogRow = {
  id: string;
  label: string;
  href: string;
  about: { ref: string; href: string; version: string } | { text: string };
  round: string | null;
  raised: { line: string; at: When };
  withdrawnAt: When | null;
  quotedText: string | null;
  body: string;
  replies: string | null;
  response: { body: string; by: string; at: When } | null;
  status: { text: string; disposition: string | null; reason: string | null; addressed: string | null };
};

const Time = ({ at }: { at: When }) => <time dateTime={at.iso}>{at.text}</time>;

/**
 * The rows of a page of the comments log. A client component for weight, not behaviour: rendered on
 * the server like the rest (the log reads without JavaScript), but the RSC payload carries each row's
 * strings rather than its element tree, which every request serialised, parsed and embedded beside
 * the HTML (see components/requirement-rows.tsx).
 */
export function CommentsLogRows({ rows }: { rows: CommentsLogRow[] }) {
  return (
    <tbody>
      {rows.map((t) => (
        <tr key={t.id} id={t.label}>
          <td className="font-semibold"><a href={t.href}>{t.label}</a></td>
          <td>
            {"ref" in t.about ? (
              <>
                <a href={t.about.href} className="font-semibold">{t.about.ref}</a>
                <span className="block text-sm">{t.about.version}</span>
              </>
            ) : (
              <span className="block">{t.about.text}</span>
            )}
            {t.round && <span className="block text-sm text-slate-700">{t.round}</span>}
          </td>
          <td>
            <p className="text-sm text-slate-700">{t.raised.line}, <Time at={t.raised.at} /></p>
            {t.withdrawnAt ? (
              <p className="italic">Withdrawn on <Time at={t.withdrawnAt} />.</p>
            ) : (
              <>
                {t.quotedText && <blockquote className="my-1 border-l-4 border-slate-300 pl-2 text-slate-700">{t.quotedText}</blockquote>}
                {/* Markdown shown as its plain text, shortened: the thread page renders it. */}
                <p className="whitespace-pre-line">{t.body}</p>
              </>
            )}
            {t.replies && <p className="text-sm text-slate-700">{t.replies}</p>}
          </td>
          <td>
            {t.response ? (
              <>
                <p className="whitespace-pre-line">{t.response.body}</p>
                <p className="text-sm text-slate-700">{t.response.by}, <Time at={t.response.at} /></p>
              </>
            ) : (
              <span className="italic">No response yet</span>
            )}
          </td>
          <td>
            <span className="block font-semibold">{t.status.text}</span>
            {t.status.disposition && <span className="block">{t.status.disposition}</span>}
            {t.status.reason && <span className="block text-sm">{t.status.reason}</span>}
            {t.status.addressed && <span className="block text-sm">{t.status.addressed}</span>}
          </td>
        </tr>
      ))}
    </tbody>
  );
}
