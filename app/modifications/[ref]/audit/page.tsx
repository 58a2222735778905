import type { Metadata } from "next";
import Link from "next/link";
import { auditFilterSchema, filterParams, findAuditEvents, type AuditFilter } from "@/lib/audit/find-audit-events";
import { authorizePage } from "@/lib/auth/authorize";
import { db } from "@/lib/db";
import { formatDateTime } from "@/lib/labels";
import { currentRef, modificationPath } from "@/lib/modifications/refs";
import { AuditChanges } from "@/components/audit-changes";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { Button } from "@/components/button";
import { FormField } from "@/components/form-field";
import { ModificationTabs } from "@/components/modification-tabs";
import { Pager } from "@/components/pager";
import { SelectField } from "@/components/select-field";
import { TableHead } from "@/components/table-head";
import { loadModification, modificationCrumbs, modificationTabs } from "../load";

type Props = PageProps<"/modifications/[ref]/audit">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `Audit log · ${(await params).ref.toUpperCase()}` };
}

export default async function AuditLogPage({ params, searchParams }: Props) {
  const { ref } = await params;
  const user = await authorizePage("audit.read", `/modifications/${ref}/audit`);
  const m = await loadModification(ref);
  const filter = auditFilterSchema.parse(await searchParams);
  const log = await findAuditEvents(db(), user, m.id, filter);
  const here = modificationPath(m, "audit");
  const filtering = Object.keys(filterParams(filter)).length > 0;
  const datesReversed = Boolean(filter.from && filter.to && filter.from > filter.to);
  const pageHref = (page: number) => `${here}?${new URLSearchParams({ ...filterParams(filter), ...(page > 1 ? { page: String(page) } : {}) })}`;

  return (
    <>
      <Breadcrumbs items={[...modificationCrumbs(m), { label: "Audit log" }]} />
      <h1 className="mb-4 text-3xl font-bold">{currentRef(m)} audit log</h1>
      <ModificationTabs tabs={modificationTabs(m, user)} current={here} />
      <p className="mb-4 max-w-3xl">Every recorded change to this modification: who made it, when, and what each field was before and after. Newest first.</p>

      <form method="get" action={here} className="mb-6 flex flex-wrap items-end gap-3 bg-white p-4">
        <SelectField
          inline
          name="actor"
          label="Person"
          options={[{ value: "", label: "Anyone" }, ...log.actors.map((a) => ({ value: a.id, label: a.name }))]}
          defaultValue={filter.actor ?? ""}
        />
        <SelectField inline name="action" label="Kind of change" options={[{ value: "", label: "Any kind" }, ...log.actions]} defaultValue={filter.action ?? ""} />
        <FormField inline name="from" label="From date" type="date" defaultValue={filter.from} />
        {/* The message about reversed dates spans the whole row below the filters, so it is linked here by hand. */}
        <FormField
          inline
          name="to"
          label="To date"
          type="date"
          defaultValue={filter.to}
          aria-invalid={datesReversed || undefined}
          aria-describedby={datesReversed ? "to-error" : undefined}
        />
        <Button>Filter</Button>
        {filtering && <Link href={here}>Clear filters</Link>}
        {datesReversed && (
          <p id="to-error" className="w-full text-sm font-semibold text-red-800">The to date is before the from date, so no change can match: swap them.</p>
        )}
      </form>

      <p role="status" className="mb-4">{summary(log.total, filter, filtering, log.pageCount)}</p>

      {log.events.length > 0 ? (
        <table className="w-full border-collapse bg-white text-left">
          <caption className="sr-only">Audit events, newest first</caption>
          <TableHead columns={[{ label: "When", className: "w-44" }, { label: "Who", className: "w-44" }, { label: "What", className: "w-56" }, "Before → after"]} />
          <tbody>
            {log.events.map((e) => (
              <tr key={e.id} className="border-b border-slate-200 align-top">
                <td className="p-2"><time dateTime={e.createdAt.toISOString()}>{formatDateTime(e.createdAt)}</time></td>
                <td className="p-2">{e.actorName ?? "The system"}</td>
                <td className="p-2">
                  <span className="block font-semibold">{e.action}</span>
                  {e.requirementRef ? <Link href={modificationPath(m, "requirements", e.requirementRef)}>{e.entity}</Link> : e.entity}
                </td>
                <td className="p-2"><AuditChanges changes={e.changes} /></td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        log.total > 0 && <p>This page is past the end of the log. <Link href={pageHref(log.pageCount)}>Go to the last page</Link>.</p>
      )}

      <Pager label="Audit log pages" page={log.page} pageCount={log.pageCount} href={pageHref} />
    </>
  );
}

function summary(total: number, filter: AuditFilter, filtering: boolean, pageCount: number): string {
  if (total === 0) return filtering ? "No changes match these filters." : "No changes recorded yet.";
  const count = `${total} change${total === 1 ? "" : "s"}${filtering ? " matching these filters" : ""}`;
  return pageCount > 1 ? `${count}, page ${Math.min(filter.page, pageCount)} of ${pageCount}` : count;
}
