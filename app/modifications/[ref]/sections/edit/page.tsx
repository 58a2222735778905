import type { Metadata } from "next";
import Link from "next/link";
import { authorizePage } from "@/lib/auth/authorize";
import { OVERVIEW_SECTION_LABELS } from "@/lib/labels";
import { currentRef, modificationPath } from "@/lib/modifications/refs";
import { SECTION_COLUMNS } from "@/lib/modifications/schemas";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { SectionsForm } from "@/components/sections-form";
import { loadOverview, modificationCrumbs } from "../../load";
import { editSectionsAction } from "../../lifecycle-actions";

type Props = PageProps<"/modifications/[ref]/sections/edit">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `Edit overview · ${(await params).ref.toUpperCase()}` };
}

export default async function EditSectionsPage({ params }: Props) {
  const { ref } = await params;
  await authorizePage("modification.manage", `/modifications/${ref}/sections/edit`);
  const m = await loadOverview(ref);
  const sections = Object.entries(SECTION_COLUMNS).map(([section, column]) => ({
    name: column,
    label: OVERVIEW_SECTION_LABELS[section as keyof typeof SECTION_COLUMNS],
    text: m[column],
  }));
  return (
    <>
      <Breadcrumbs items={[...modificationCrumbs(m), { label: "Edit overview" }]} />
      <h1 className="mb-4 text-3xl font-bold">Edit the overview of {currentRef(m)}</h1>
      <p className="mb-4 max-w-3xl">
        Each section is Markdown. Saving makes a new version of every section you changed; the earlier ones stay in the{" "}
        <Link href={modificationPath(m, "sections", "history")}>section history</Link>.
      </p>
      <SectionsForm action={editSectionsAction.bind(null, m.draftRef)} version={m.version} sections={sections} />
    </>
  );
}
