import type { QuestionTally, TallyKey } from "@/lib/collation/visible-responses";
import { CATEGORIES } from "@/lib/collation/visible-responses";
import { confidentialText } from "@/lib/collation/get-collation";
import { RESPONDENT_CATEGORY_LABELS } from "@/lib/labels";

export { tallyLabel as tallyKeyLabel } from "@/lib/collation/tally-labels";
import { tallyLabel as tallyKeyLabel } from "@/lib/collation/tally-labels";

/** Favourable, unfavourable, in between: the same three colours in every chart (each bar is also labelled in words). */
const FILL: Record<TallyKey, string> = {
  AGREE: "#1d6b35", YES: "#1d6b35", SUPPORT: "#1d6b35", LOW: "#1d6b35",
  DISAGREE: "#a4262c", NO: "#a4262c", OPPOSE: "#a4262c", HIGH: "#a4262c",
  NEUTRAL: "#6b5900", MEDIUM: "#6b5900",
  ANSWERED: "#1d4f91",
};

/**
 * A question's tally: the table (the figures, and the chart's accessible equivalent) and a
 * server-rendered SVG bar chart (no client JavaScript) that names the table as its description.
 */
export function Tally({ id, number, keys, tally }: { id: string; number: number; keys: TallyKey[]; tally: QuestionTally }) {
  const tableId = `${id}-table`;
  const count = (c: (typeof CATEGORIES)[number], k: TallyKey) => tally.byCategory[c][k] ?? 0;
  const totalOf = (k: TallyKey) => CATEGORIES.reduce((sum, c) => sum + count(c, k), 0);
  return (
    <div className="space-y-3">
      <table id={tableId} className="w-full border-collapse bg-white text-left text-sm">
        <caption className="mb-1 text-left font-semibold">Question {number}: answers by Party Category</caption>
        <thead>
          <tr className="border-b-2 border-slate-400">
            <th scope="col" className="p-2">Party Category</th>
            {keys.map((k) => (
              <th key={k} scope="col" className="p-2 text-right">{tallyKeyLabel(k)}</th>
            ))}
            <th scope="col" className="p-2 text-right">Total</th>
          </tr>
        </thead>
        <tbody>
          {CATEGORIES.map((c) => (
            <tr key={c} className="border-b border-slate-200">
              <th scope="row" className="p-2 font-normal">{RESPONDENT_CATEGORY_LABELS[c]}</th>
              {keys.map((k) => (
                <td key={k} className="p-2 text-right">{count(c, k)}</td>
              ))}
              <td className="p-2 text-right">{keys.reduce((sum, k) => sum + count(c, k), 0)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr className="border-t-2 border-slate-400 font-semibold">
            <th scope="row" className="p-2">All categories</th>
            {keys.map((k) => (
              <td key={k} className="p-2 text-right">{totalOf(k)}</td>
            ))}
            <td className="p-2 text-right">{keys.reduce((sum, k) => sum + totalOf(k), 0)}</td>
          </tr>
        </tfoot>
      </table>
      {tally.confidential > 0 && <p className="text-sm">Also {confidentialText(tally.confidential, "answer")}, counted here only: not in the table or chart.</p>}
      <TallyChart id={id} number={number} keys={keys} tally={tally} tableId={tableId} />
    </div>
  );
}

const LABEL_WIDTH = 200;
const BAR = 14;
const GAP = 3;
const GROUP_GAP = 12;
const WIDTH = 640;
const TEXT_ROOM = 110;

function TallyChart({ id, number, keys, tally, tableId }: { id: string; number: number; keys: TallyKey[]; tally: QuestionTally; tableId: string }) {
  const max = Math.max(1, ...CATEGORIES.flatMap((c) => keys.map((k) => tally.byCategory[c][k] ?? 0)));
  const scale = (WIDTH - LABEL_WIDTH - TEXT_ROOM) / max;
  const groupHeight = keys.length * (BAR + GAP) + GROUP_GAP;
  const height = CATEGORIES.length * groupHeight;
  const titleId = `${id}-chart-title`;
  return (
    <svg role="img" aria-labelledby={titleId} aria-describedby={tableId} viewBox={`0 0 ${WIDTH} ${height}`} className="h-auto w-full max-w-2xl bg-white" xmlns="http://www.w3.org/2000/svg">
      <title id={titleId}>{`Bar chart of the answers to question ${number} by Party Category; the table above gives the same figures.`}</title>
      {CATEGORIES.map((c, i) => {
        const top = i * groupHeight;
        return (
          <g key={c}>
            <text x={0} y={top + BAR} fontSize={12} fill="#1f2937">{RESPONDENT_CATEGORY_LABELS[c]}</text>
            {keys.map((k, j) => {
              const n = tally.byCategory[c][k] ?? 0;
              const y = top + j * (BAR + GAP);
              return (
                <g key={k}>
                  <rect x={LABEL_WIDTH} y={y} width={Math.max(n * scale, 1)} height={BAR} fill={FILL[k]} />
                  <text x={LABEL_WIDTH + n * scale + 4} y={y + BAR - 3} fontSize={11} fill="#1f2937">{`${tallyKeyLabel(k)} ${n}`}</text>
                </g>
              );
            })}
          </g>
        );
      })}
    </svg>
  );
}
