import type { Metadata } from "next";
import Link from "next/link";
import { authorizePage } from "@/lib/auth/authorize";
import { getBaseline, getBaselineRequirements, groupByArea } from "@/lib/baselines/get-baseline-requirements";
import { NOW } from "@/lib/baselines/schemas";
import { db } from "@/lib/db";
import { formatDateTime } from "@/lib/labels";
import { modificationPath } from "@/lib/modifications/refs";
import { orNotFound } from "@/app/or-not-found";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { DownloadLinks } from "@/components/download-links";
import { Markdown } from "@/components/markdown";
import { RequirementStatusBadge } from "@/components/requirement-status-badge";
import { loadModification, modificationCrumbs } from "../../load";

type Props = PageProps<"/modifications/[ref]/baselines/[baselineId]">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `Baseline · ${(await params).ref.toUpperCase()}` };
}

export default async function BaselinePage({ params }: Props) {
  const { ref, baselineId } = await params;
  await authorizePage("requirement.read", `/modifications/${ref}/baselines/${baselineId}`);
  const m = await loadModification(ref);
  const baseline = await orNotFound(getBaseline(db(), m.id, baselineId));
  const areas = groupByArea(await getBaselineRequirements(db(), baseline.id));
  const list = modificationPath(m, "baselines");
  const exportUrl = (format: string) => `${modificationPath(m, "requirements", "export")}?format=${format}&baseline=${baseline.id}`;
  const count = areas.reduce((n, a) => n + a.requirements.length, 0);

  return (
    <>
      <Breadcrumbs items={[...modificationCrumbs(m), { href: list, label: "Baselines" }, { label: baseline.name }]} />
      <p className="text-slate-700">Baseline</p>
      <h1 className="mb-2 text-3xl font-bold">{baseline.name}</h1>
      <p className="mb-2">
        {count} requirements, frozen by {baseline.createdBy.name} on{" "}
        <time dateTime={baseline.createdAt.toISOString()}>{formatDateTime(baseline.createdAt)}</time>.
      </p>
      {baseline.description && <p className="mb-2 max-w-3xl">{baseline.description}</p>}
      <p className="mb-4">
        <Link href={`${list}/compare?from=${baseline.id}&to=${NOW}`}>Compare with the requirements now</Link>
      </p>
      <div className="mb-8">
        <DownloadLinks
          label="Download this baseline"
          links={[
            { href: exportUrl("csv"), text: "CSV" },
            { href: exportUrl("xlsx"), text: "XLSX" },
            { href: `${list}/${baseline.id}/reqif`, text: "ReqIF" },
          ]}
        />
      </div>

      {areas.map(({ area, requirements }) => (
        <section key={area.id} aria-labelledby={`area-${area.code}`} className="mb-8">
          <h2 id={`area-${area.code}`} className="mb-3 text-2xl font-bold">{area.title}</h2>
          {requirements.map((r) => (
            <article key={r.requirementId} aria-labelledby={`req-${r.ref}`} className="mb-4 bg-white p-4">
              <h3 id={`req-${r.ref}`} className="text-xl font-bold">
                {r.ref}: {r.title}
              </h3>
              <p className="mb-3 flex flex-wrap items-center gap-3 text-sm">
                <RequirementStatusBadge status={r.status} />
                <span>
                  Version {r.version} of <time dateTime={r.changedAt.toISOString()}>{formatDateTime(r.changedAt)}</time>
                </span>
              </p>
              <Markdown>{r.body}</Markdown>
            </article>
          ))}
        </section>
      ))}
    </>
  );
}
