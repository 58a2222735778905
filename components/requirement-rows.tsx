"use client";
import type { RequirementStatus } from "@/lib/generated/prisma/enums";
import { MoveButtons } from "./move-buttons";
import { RequirementStatusBadge } from "./requirement-status-badge";

/** One row of the requirements list, as the page sends it: strings and numbers, no markup. */
export type RequirementRow = { id: string; ref: string; title: string; status: RequirementStatus; version: number; updated: string; openThreads: number | null };

/**
 * The rows of a page of the requirements list. A client component for weight, not behaviour: it is
 * rendered on the server like the rest (the list reads without JavaScript), but the page's RSC payload
 * then carries each row's data (~0.1 KB) instead of its element tree (~0.9 KB, escaped), which every
 * request serialised, parsed and embedded beside the HTML.
 */
export function RequirementRows({ rows, path, commentsPath, reorderForm }: { rows: RequirementRow[]; path: string; commentsPath: string; reorderForm?: string }) {
  return (
    <tbody>
      {rows.map((r) => (
        <tr key={r.ref} id={r.ref}>
          <td className="font-semibold"><a href={`${path}/${r.ref}`}>{r.ref}</a></td>
          <td>{r.title}</td>
          <td><RequirementStatusBadge status={r.status} /></td>
          <td>{`v${r.version}`}</td>
          <td>{r.updated}</td>
          {r.openThreads !== null && (
            <td>
              {r.openThreads > 0 ? <a href={`${commentsPath}?requirement=${r.ref}&status=OPEN`} aria-label={`${r.openThreads} open thread${r.openThreads === 1 ? "" : "s"} on ${r.ref}`}>{r.openThreads}</a> : "0"}
            </td>
          )}
          {reorderForm && (
            <td>
              <MoveButtons form={reorderForm} requirementId={r.id} requirementRef={r.ref} />
            </td>
          )}
        </tr>
      ))}
    </tbody>
  );
}
