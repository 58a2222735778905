import Link from "next/link";
import { authorizePage, principalOf } from "@/lib/auth/authorize";
import { can } from "@/lib/auth/permissions";
import { cachedRegister } from "@/lib/cache/public-pages";
import { currentRef, modificationPath } from "@/lib/modifications/refs";
import { registerFilterOf } from "@/lib/modifications/register-filter";
import { formatDate, PATH_LABELS, STAGE_LABELS } from "@/lib/labels";
import { Badge } from "@/components/badge";
import { Button, ButtonLink } from "@/components/button";
import { SelectField } from "@/components/select-field";
import { TableHead } from "@/components/table-head";

const options = (labels: Record<string, string>, all: string) => [{ value: "", label: all }, ...Object.entries(labels).map(([value, label]) => ({ value, label }))];

export default async function RegisterPage({ searchParams }: PageProps<"/">) {
  const user = await authorizePage("register.read", "/");
  const filter = registerFilterOf(await searchParams);
  const filtered = Boolean(filter.stage || filter.path);
  // Served from Next's data cache, expired when a modification changes (lib/cache); the header is the layout's own, per request.
  const modifications = await cachedRegister(filter);
  return (
    <>
      <h1 className="mb-2 text-3xl font-bold">Modifications register</h1>
      <p className="mb-6 max-w-3xl">
        Smart Energy Code modifications in refinement. Anyone can read a modification&apos;s overview and its published reports;
        signed-in participants work on the draft business requirements.
      </p>
      {can(principalOf(user), "modification.manage") && (
        <p className="mb-4">
          <ButtonLink href="/modifications/new">Raise a Draft Proposal</ButtonLink>
        </p>
      )}
      {/* A GET form: the filter is in the address, and works without JavaScript. */}
      <form method="get" action="/" role="search" aria-label="Filter the register" className="mb-6 flex flex-wrap items-end gap-4">
        <SelectField inline name="stage" label="Stage" options={options(STAGE_LABELS, "All stages")} defaultValue={filter.stage ?? ""} />
        <SelectField inline name="path" label="Path" options={options(PATH_LABELS, "All paths")} defaultValue={filter.path ?? ""} />
        <Button variant="secondary">Filter</Button>
        {filtered && <Link href="/">Show all</Link>}
      </form>
      <p className="mb-2" role="status">
        {modifications.length} modification{modifications.length === 1 ? "" : "s"}
        {filtered ? " match" + (modifications.length === 1 ? "es" : "") + " the filter" : ""}
      </p>
      {modifications.length === 0 ? (
        <p>{filtered ? "No modification matches the filter." : "No modifications have been raised yet."}</p>
      ) : (
        <table className="w-full border-collapse bg-white text-left">
          <caption className="sr-only">Modifications, newest first</caption>
          <TableHead columns={["Reference", "Title", "Stage", "Path", "Proposer", "Raised", "Latest report"]} />
          <tbody>
            {modifications.map((m) => (
              <tr key={m.id} className="border-b border-slate-200 align-top">
                <td className="p-2 font-semibold">
                  <Link href={modificationPath(m)}>{currentRef(m)}</Link>
                  {m.proposalRef && <div className="text-sm font-normal text-slate-700">formerly {m.draftRef}</div>}
                </td>
                <td className="p-2">
                  {m.title}
                  {m.latestUpdate && <p className="mt-1 text-sm text-slate-700">{m.latestUpdate}</p>}
                </td>
                <td className="p-2">
                  <Badge tone="info">{STAGE_LABELS[m.stage]}</Badge>
                  {m.urgent && <div className="mt-1"><Badge tone="warning">Urgent</Badge></div>}
                </td>
                <td className="p-2">{m.path ? PATH_LABELS[m.path] : "Not yet decided"}</td>
                <td className="p-2">{m.proposer.name}</td>
                <td className="p-2 whitespace-nowrap">{formatDate(m.raisedOn)}</td>
                <td className="p-2 whitespace-nowrap">{m.latestReport ? <Link href={modificationPath(m, "reports", m.latestReport.number)}>v{m.latestReport.number}</Link> : "None yet"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
