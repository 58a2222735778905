import type { Metadata } from "next";
import Link from "next/link";
import { authorizePage, principalOf } from "@/lib/auth/authorize";
import { can } from "@/lib/auth/permissions";
import { findBaselines } from "@/lib/baselines/find-baselines";
import { NOW } from "@/lib/baselines/schemas";
import { db } from "@/lib/db";
import { formatDateTime } from "@/lib/labels";
import { currentRef, modificationPath } from "@/lib/modifications/refs";
import { BaselineForm } from "@/components/baseline-form";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { ModificationTabs } from "@/components/modification-tabs";
import { Notice } from "@/components/notice";
import { TableHead } from "@/components/table-head";
import { loadModification, modificationCrumbs, modificationTabs } from "../load";
import { createBaselineAction } from "./actions";

type Props = PageProps<"/modifications/[ref]/baselines">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `Baselines · ${(await params).ref.toUpperCase()}` };
}

export default async function BaselinesPage({ params, searchParams }: Props) {
  const { ref } = await params;
  const user = await authorizePage("requirement.read", `/modifications/${ref}/baselines`);
  const m = await loadModification(ref);
  const baselines = await findBaselines(db(), m.id);
  const { saved } = await searchParams;
  const savedBaseline = baselines.find((b) => b.id === saved);
  const here = modificationPath(m, "baselines");

  return (
    <>
      <Breadcrumbs items={[...modificationCrumbs(m), { label: "Baselines" }]} />
      <h1 className="mb-4 text-3xl font-bold">{currentRef(m)} baselines</h1>
      <ModificationTabs tabs={modificationTabs(m, user)} current={here} />
      <p className="mb-4 max-w-3xl">
        A baseline is a named, frozen set of the requirements as they stood at one moment: the set a review round, a consultation or a
        report was built on. Compare two baselines, or a baseline with the requirements now, to see what changed.
      </p>
      {savedBaseline && (
        <Notice tone="success">
          Froze {savedBaseline.name} with {savedBaseline.requirementCount} requirements.
        </Notice>
      )}
      {can(principalOf(user), "baseline.create") && <BaselineForm action={createBaselineAction.bind(null, m.draftRef)} />}

      <h2 className="mb-3 text-2xl font-bold">Frozen baselines</h2>
      {baselines.length === 0 ? (
        <p className="italic">No baselines yet.</p>
      ) : (
        <>
          <p className="mb-3">
            <Link href={`${here}/compare?from=${baselines[0]!.id}&to=${NOW}`}>Compare baselines</Link>
          </p>
          <table className="w-full border-collapse bg-white text-left">
            <TableHead columns={["Name", { label: "Requirements", className: "w-32" }, { label: "Frozen by", className: "w-48" }, { label: "Frozen on", className: "w-48" }]} />
            <tbody>
              {baselines.map((b) => (
                <tr key={b.id} className="border-b border-slate-200">
                  <td className="p-2">
                    <Link href={`${here}/${b.id}`} className="font-semibold">{b.name}</Link>
                    {b.description && <span className="block text-sm text-slate-700">{b.description}</span>}
                  </td>
                  <td className="p-2">{b.requirementCount}</td>
                  <td className="p-2">{b.createdBy.name}</td>
                  <td className="p-2"><time dateTime={b.createdAt.toISOString()}>{formatDateTime(b.createdAt)}</time></td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </>
  );
}
