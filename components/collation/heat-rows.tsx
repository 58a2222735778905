"use client";
import type { RespondentCategory } from "@/lib/generated/prisma/enums";

/** How much of a Party Category supports a requirement, as the cell's colour (its text says the same: colour is never the only cue). */
export type Shade = "none" | "high" | "some" | "low";
const SHADES: Record<Shade, string> = { none: "bg-white", high: "bg-green-100", some: "bg-amber-100", low: "bg-red-100" };

/**
 * A cell as the page sends it, in the columns' order: its text, its shade, and whether it has
 * answers to link to. A tuple, not an object: a page has 400 cells, and each key was paid 400 times.
 */
export type HeatCell = [text: string, shade: Shade, answered: boolean];

/** One requirement's row of the heat table as the page sends it. */
export type HeatRow = { id: string; head: string; title: string; cells: HeatCell[]; confidential: number };

type Props = {
  rows: HeatRow[];
  /** The Party Category of each column, in order. */
  categories: RespondentCategory[];
  /** The address parameters a cell's link keeps (question, heat page); none: cells are not links. */
  cellLinks?: Record<string, string>;
};

/**
 * The heat table's rows. A client component for weight, not behaviour: rendered on the server like
 * the rest (it reads without JavaScript), but the RSC payload carries each row's few strings, and
 * not 400 cells' element trees and 350 links, which every request serialised, parsed and embedded
 * beside the HTML (see components/requirement-rows.tsx). Plain links: a page has 350 of them.
 */
export function HeatRows({ rows, categories, cellLinks }: Props) {
  const href = (requirement: string, category: RespondentCategory) => `?${new URLSearchParams({ ...cellLinks, requirement, category })}#cell`;
  return (
    <tbody>
      {rows.map((r) => (
        <tr key={r.id}>
          <th scope="row" className="p-2 font-normal">
            {r.head}<span className="text-slate-700">{r.title}</span>
          </th>
          {r.cells.map(([text, shade, answered], i) => (
            // The row and column headers name the cell for assistive technology.
            <td key={i} className={SHADES[shade]}>
              {cellLinks && answered ? <a href={href(r.id, categories[i]!)}>{text}</a> : text}
            </td>
          ))}
          <td>{r.confidential}</td>
        </tr>
      ))}
    </tbody>
  );
}
