import type { Metadata } from "next";
import Link from "next/link";
import { authorizePage, principalOf } from "@/lib/auth/authorize";
import { can } from "@/lib/auth/permissions";
import { cachedRequirement, cachedRequirementVersions, cachedThreadsAddressedByVersion } from "@/lib/cache/participant-pages";
import { formatDateTime, REQUIREMENT_STATUS_LABELS } from "@/lib/labels";
import { modificationPath } from "@/lib/modifications/refs";
import { orNotFound } from "@/app/or-not-found";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { Button } from "@/components/button";
import { SelectField } from "@/components/select-field";
import { TableHead } from "@/components/table-head";
import { loadModification, modificationCrumbs } from "../../../load";

type Props = PageProps<"/modifications/[ref]/requirements/[requirementRef]/history">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `History of ${(await params).requirementRef.toUpperCase()}` };
}

export default async function RequirementHistoryPage({ params }: Props) {
  const { ref, requirementRef } = await params;
  const user = await authorizePage("requirement.read", `/modifications/${ref}/requirements/${requirementRef}/history`);
  const m = await loadModification(ref);
  const requirement = await orNotFound(cachedRequirement(m.id, requirementRef));
  const versions = await cachedRequirementVersions(m.id, requirement.id);
  const here = modificationPath(m, "requirements", requirement.ref);
  // Which comment threads each version addressed: review material, for those who may read it.
  const mayReadComments = can(principalOf(user), "comment.read");
  const addressed = mayReadComments ? await cachedThreadsAddressedByVersion(m.id, requirement.id) : new Map<number, number[]>();
  const options = versions.map((v) => ({ value: String(v.version), label: `Version ${v.version}` }));

  return (
    <>
      <Breadcrumbs items={[...modificationCrumbs(m), { href: modificationPath(m, "requirements"), label: "Requirements" }, { href: here, label: requirement.ref }, { label: "History" }]} />
      <h1 className="mb-4 text-3xl font-bold">History of {requirement.ref}: {requirement.title}</h1>
      {versions.length > 1 && (
        <form method="get" action={`${here}/diff`} className="mb-6 flex flex-wrap items-end gap-4 bg-white p-4">
          <SelectField name="from" label="Compare version" options={options} defaultValue={String(versions[1]!.version)} />
          <SelectField name="to" label="with version" options={options} defaultValue={String(versions[0]!.version)} />
          <Button className="mb-4">Compare</Button>
        </form>
      )}
      <table className="w-full border-collapse bg-white text-left">
        <TableHead columns={["Version", "Saved", "By", "Status", "Title", "Change note", "Changes"]} />
        <tbody>
          {versions.map((v) => (
            <tr key={v.version} className="border-b border-slate-200 align-top">
              <td className="p-2 font-semibold">v{v.version}</td>
              <td className="p-2 whitespace-nowrap">{formatDateTime(v.createdAt)}</td>
              <td className="p-2">{v.author.name}</td>
              <td className="p-2">{REQUIREMENT_STATUS_LABELS[v.status]}</td>
              <td className="p-2">{v.title}</td>
              <td className="p-2">
                {v.changeNote}
                {addressed.has(v.version) && (
                  <span className="block text-sm">
                    Addresses{" "}
                    {addressed.get(v.version)!.map((n, i) => (
                      <span key={n}>
                        {i > 0 && ", "}
                        <Link href={modificationPath(m, "comments", String(n))}>C-{n}</Link>
                      </span>
                    ))}
                  </span>
                )}
              </td>
              <td className="p-2 whitespace-nowrap">
                {v.version > 1 && <Link href={`${here}/diff?from=${v.version - 1}&to=${v.version}`}>Changes in v{v.version}</Link>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
