import type { Metadata } from "next";
import { authorizePage } from "@/lib/auth/authorize";
import { db } from "@/lib/db";
import { formatDateTime, OVERVIEW_SECTION_LABELS } from "@/lib/labels";
import { findSectionHistory } from "@/lib/modifications/find-section-history";
import { currentRef, modificationPath } from "@/lib/modifications/refs";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { Markdown } from "@/components/markdown";
import { loadModification, modificationCrumbs } from "../../load";

type Props = PageProps<"/modifications/[ref]/sections/history">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `Overview history · ${(await params).ref.toUpperCase()}` };
}

/** Every saved version of the overview's sections, newest first: public, as the overview is. */
export default async function SectionHistoryPage({ params }: Props) {
  const { ref } = await params;
  const m = await loadModification(ref);
  await authorizePage("modification.readOverview", modificationPath(m, "sections", "history"));
  const versions = await findSectionHistory(db(), m.id);
  const sections = Object.entries(OVERVIEW_SECTION_LABELS).map(([section, label]) => ({ label, versions: versions.filter((v) => v.section === section) }));
  return (
    <>
      <Breadcrumbs items={[...modificationCrumbs(m), { label: "Overview history" }]} />
      <h1 className="mb-4 text-3xl font-bold">History of the overview of {currentRef(m)}</h1>
      {versions.length === 0 && <p>No section has been edited in the portal yet.</p>}
      {sections
        .filter((s) => s.versions.length > 0)
        .map((s) => (
          <section key={s.label} aria-label={s.label} className="mb-8">
            <h2 className="mb-2 text-xl font-bold">{s.label}</h2>
            <ol className="space-y-4">
              {s.versions.map((v) => (
                <li key={v.id} className="rounded border border-slate-300 bg-white p-4">
                  <h3 className="font-semibold">
                    Version {v.number}: {v.changeNote}
                  </h3>
                  <p className="mb-2 text-sm text-slate-700">
                    {v.author.name}, {formatDateTime(v.createdAt)}
                  </p>
                  {v.text ? <Markdown>{v.text}</Markdown> : <p className="italic">Empty</p>}
                </li>
              ))}
            </ol>
          </section>
        ))}
    </>
  );
}
