import type { Metadata } from "next";
import Link from "next/link";
import { authorizePage, principalOf } from "@/lib/auth/authorize";
import { can } from "@/lib/auth/permissions";
import { cachedRequirementsList } from "@/lib/cache/participant-pages";
import { RequirementStatus } from "@/lib/generated/prisma/enums";
import { formatDate, REQUIREMENT_STATUS_LABELS } from "@/lib/labels";
import { currentRef, modificationPath } from "@/lib/modifications/refs";
import { requirementFilterSchema } from "@/lib/requirements/find-requirements";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { Button, ButtonLink } from "@/components/button";
import { DownloadLinks } from "@/components/download-links";
import { ModificationTabs } from "@/components/modification-tabs";
import { Notice } from "@/components/notice";
import { Pager } from "@/components/pager";
import { ProblemAlert } from "@/components/problem-alert";
import { RequirementRows } from "@/components/requirement-rows";
import { SelectField } from "@/components/select-field";
import { TableHead } from "@/components/table-head";
import { loadModification, modificationCrumbs, modificationTabs } from "../load";
import { moveRequirementAction } from "./actions";

export async function generateMetadata({ params }: PageProps<"/modifications/[ref]/requirements">): Promise<Metadata> {
  return { title: `Business requirements · ${(await params).ref.toUpperCase()}` };
}

const STATUS_OPTIONS = [
  { value: "", label: "All statuses" },
  ...Object.values(RequirementStatus).map((s) => ({ value: s, label: REQUIREMENT_STATUS_LABELS[s] })),
];

export default async function RequirementsPage({ params, searchParams }: PageProps<"/modifications/[ref]/requirements">) {
  const { ref } = await params;
  const user = await authorizePage("requirement.read", `/modifications/${ref}/requirements`);
  const m = await loadModification(ref);
  const query = await searchParams;
  const filter = requirementFilterSchema.parse(query);
  const mayEdit = can(principalOf(user), "requirement.edit");
  // Reordering is a mode: the buttons double the weight of a long list that is mostly read.
  const reordering = mayEdit && query.reorder === "1";
  const imported = typeof query.imported === "string" ? /^(\d{1,4}),(\d{1,4})$/.exec(query.imported) : null;
  const mayImport = mayEdit && can(principalOf(user), "requirement.create");
  const mayReadComments = can(principalOf(user), "comment.read");
  const list = await cachedRequirementsList(m.id, filter, { openThreads: mayReadComments });
  const { areas, total, page, pageCount } = list;
  const here = modificationPath(m, "requirements");
  // The status filter and the reorder mode stay on when moving between pages.
  const listHref = (to: { page: number; reorder: boolean; status?: string }) =>
    `${here}${searchOf(to.status ? { status: to.status } : {}, to.reorder ? { reorder: "1" } : {}, to.page > 1 ? { page: String(to.page) } : {})}`;
  const pageHref = (to: number) => listHref({ page: to, reorder: reordering, status: filter.status });

  return (
    <>
      <Breadcrumbs items={[...modificationCrumbs(m), { label: "Requirements" }]} />
      <h1 className="mb-4 text-3xl font-bold">{currentRef(m)} business requirements</h1>
      <ModificationTabs tabs={modificationTabs(m, user)} current={here} />
      <ProblemAlert query={query} />
      {imported && (
        <Notice tone="success">
          Imported: {imported[1]} new, {imported[2]} changed.
        </Notice>
      )}
      {can(principalOf(user), "requirement.create") && (
        <p className="mb-4">
          <ButtonLink href={modificationPath(m, "requirements", "new")}>New requirement</ButtonLink>
        </p>
      )}
      {mayEdit && (
        <p className="mb-4">
          {reordering ? <Link href={listHref({ page, reorder: false })}>Done reordering</Link> : <Link href={listHref({ page, reorder: true })}>Reorder requirements</Link>}
        </p>
      )}
      {reordering && (
        <form id="reorder" action={moveRequirementAction.bind(null, m.draftRef)} hidden>
          {/* (the page of the list to come back to after a move) */}
          {page > 1 && <input type="hidden" name="page" value={page} />}
        </form>
      )}
      <div className="mb-4 flex flex-wrap items-center gap-3">
        <DownloadLinks label="Export all requirements" links={["csv", "xlsx"].map((f) => ({ href: `${here}/export?format=${f}`, text: `Export ${f.toUpperCase()}` }))} />
        {mayImport && (
          <ButtonLink href={modificationPath(m, "requirements", "import")} variant="quiet" size="sm">
            Import CSV or XLSX
          </ButtonLink>
        )}
      </div>

      <form method="get" action={here} className="mb-6 flex flex-wrap items-end gap-3 bg-white p-4">
        <SelectField inline name="status" label="Status" options={STATUS_OPTIONS} defaultValue={filter.status ?? ""} />
        <Button>Filter</Button>
        {filter.status && <Link href={here}>Clear filter</Link>}
      </form>

      <p role="status" className="mb-4">
        {total} requirement{total === 1 ? "" : "s"}
        {filter.status ? ` with status ${REQUIREMENT_STATUS_LABELS[filter.status]}` : ""}
        {pageCount > 1 && page <= pageCount ? `, ${list.first}–${list.last} on page ${page} of ${pageCount}` : ""}
      </p>
      <Pager label="Pages of requirements" page={page} pageCount={pageCount} href={pageHref} />
      {page > pageCount && (
        <p>
          This page is past the end of the list. <Link href={pageHref(pageCount)}>Go to the last page</Link>.
        </p>
      )}

      {areas.map((area) => (
        <section key={area.id} aria-labelledby={`area-${area.code}`} className="mb-8">
          <h2 id={`area-${area.code}`} className="text-2xl font-bold">{area.title}</h2>
          <p className="mb-3 text-slate-700">{area.description}</p>
          {area.requirements.length === 0 ? (
            <p className="italic">No requirements{filter.status ? " with this status" : ""} in this area.</p>
          ) : (
            // Light rows (padding and borders set once on the table, plain links): a page holds fifty of them.
            <table className="w-full border-collapse bg-white text-left [&_td]:p-2 [&_tbody_tr]:border-b [&_tbody_tr]:border-slate-200">
              <TableHead
                columns={[
                  { label: "Ref", className: "w-24" },
                  "Title",
                  { label: "Status", className: "w-28" },
                  { label: "Version", className: "w-20" },
                  { label: "Last changed", className: "w-40" },
                  ...(mayReadComments ? [{ label: "Open threads", className: "w-28" }] : []),
                  ...(reordering ? [{ label: "Order", className: "w-24" }] : []),
                ]}
              />
              <RequirementRows
                rows={area.requirements.map((r) => ({ id: r.id, ref: r.ref, title: r.title, status: r.status, version: r.version, updated: formatDate(r.updatedAt), openThreads: r.openThreads }))}
                path={here}
                commentsPath={modificationPath(m, "comments")}
                reorderForm={reordering ? "reorder" : undefined}
              />
            </table>
          )}
        </section>
      ))}
      <Pager label="Pages of requirements, again" page={page} pageCount={pageCount} href={pageHref} />
    </>
  );
}

/** A query string from the given parameters, or nothing. */
function searchOf(...parts: Record<string, string>[]): string {
  const search = new URLSearchParams(Object.assign({}, ...parts) as Record<string, string>).toString();
  return search ? `?${search}` : "";
}
