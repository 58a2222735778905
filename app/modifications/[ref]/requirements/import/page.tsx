import type { Metadata } from "next";
import { authorizePage } from "@/lib/auth/authorize";
import { modificationPath } from "@/lib/modifications/refs";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { RequirementsImportForm } from "@/components/requirements-import-form";
import { loadModification, modificationCrumbs } from "../../load";
import { importRequirementsAction } from "./actions";

export const metadata: Metadata = { title: "Import requirements" };

export default async function ImportRequirementsPage({ params }: PageProps<"/modifications/[ref]/requirements/import">) {
  const { ref } = await params;
  const here = `/modifications/${ref}/requirements/import`;
  // An import both adds and edits requirements.
  await authorizePage("requirement.create", here);
  await authorizePage("requirement.edit", here);
  const m = await loadModification(ref);
  return (
    <>
      <Breadcrumbs items={[...modificationCrumbs(m), { href: modificationPath(m, "requirements"), label: "Requirements" }, { label: "Import" }]} />
      <h1 className="mb-4 text-3xl font-bold">Import requirements</h1>
      <div className="mb-4 max-w-3xl space-y-2">
        <p>Export the requirements as CSV or XLSX, change titles, areas or text in the file, add rows with an empty Ref for new requirements, then upload it here. You see a preview first: nothing is written until you apply it.</p>
        <p>The columns Ref, Area, Title, Version and Body are read. Status is changed on each requirement&apos;s page, not by import: the Status and Last changed columns are ignored.</p>
      </div>
      <RequirementsImportForm action={importRequirementsAction.bind(null, m.draftRef)} />
    </>
  );
}
