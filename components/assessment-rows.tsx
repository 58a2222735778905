"use client";
import { Badge, type BadgeTone } from "./badge";

/** One DCC assessment of the list as the page sends it: labelled and formatted strings. */
export type AssessmentRow = {
  id: string;
  href: string;
  kind: string;
  requested: string;
  illustrative: boolean;
  status: { text: string; tone: BadgeTone };
  dueOn: string;
  /** The newest version's figures, or none while the DCC's are awaited. */
  latest: { oneOff: string; version: string; ongoing: string; leadTime: string; earliest: string } | null;
};

/**
 * The rows of the assessments list. A client component for weight, not behaviour: rendered on the
 * server like the rest (the list reads without JavaScript), but the RSC payload carries each row's
 * strings rather than its element tree (see components/requirement-rows.tsx).
 */
export function AssessmentRows({ rows }: { rows: AssessmentRow[] }) {
  return (
    <tbody>
      {rows.map((a) => (
        <tr key={a.id}>
          <td>
            <a href={a.href} className="font-semibold">{a.kind}</a>
            <span className="block text-sm text-slate-700">{a.requested}</span>
            {a.illustrative && <Badge tone="warning">Illustrative figures</Badge>}
          </td>
          <td><Badge tone={a.status.tone}>{a.status.text}</Badge></td>
          <td>{a.dueOn}</td>
          {a.latest ? (
            <>
              <td>
                {a.latest.oneOff}
                <span className="block text-sm text-slate-700">{a.latest.version}</span>
              </td>
              <td>{a.latest.ongoing}</td>
              <td>
                {a.latest.leadTime}
                <span className="block text-sm text-slate-700">{a.latest.earliest}</span>
              </td>
            </>
          ) : (
            <td className="italic" colSpan={3}>Awaiting the DCC&apos;s figures</td>
          )}
        </tr>
      ))}
    </tbody>
  );
}
