"use client";
import type { RespondentCategory } from "@/lib/generated/prisma/enums";

/** One requirement's row of the heat table as the page sends it: a cell per Party Category, naming it where it has answers to link to. */
export type HeatRow = { id: string; head: string; title: string; cells: { text: string; shade: string; category?: RespondentCategory }[]; confidential: number };

type Props = {
  rows: HeatRow[];
  /** The address parameters a cell's link keeps (question, heat page); none: cells are not links. */
  cellLinks?: Record<string, string>;
};

/**
 * The heat table's rows. A client component for weight, not behaviour: rendered on the server like
 * the rest (it reads without JavaScript), but the RSC payload carries each row's few strings, and
 * not 400 cells' element trees and 350 links, which every request serialised, parsed and embedded
 * beside the HTML (see components/requirement-rows.tsx). Plain links: a page has 350 of them.
 */
export function HeatRows({ rows, cellLinks }: Props) {
  const href = (requirement: string, category: RespondentCategory) => `?${new URLSearchParams({ ...cellLinks, requirement, category })}#cell`;
  return (
    <tbody>
      {rows.map((r) => (
        <tr key={r.id}>
          <th scope="row" className="p-2 font-normal">
            {r.head}<span className="text-slate-700">{r.title}</span>
          </th>
          {r.cells.map((cell, i) => (
            // The row and column headers name the cell for assistive technology.
            <td key={i} className={cell.shade}>
              {cellLinks && cell.category ? <a href={href(r.id, cell.category)}>{cell.text}</a> : cell.text}
            </td>
          ))}
          <td>{r.confidential}</td>
        </tr>
      ))}
    </tbody>
  );
}
