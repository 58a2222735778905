import type { Metadata } from "next";
import { authorizePage } from "@/lib/auth/authorize";
import { db } from "@/lib/db";
import { modificationPath } from "@/lib/modifications/refs";
import { findAreas } from "@/lib/requirements/find-areas";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { RequirementForm } from "@/components/requirement-form";
import { loadModification, modificationCrumbs } from "../../load";
import { createRequirementAction } from "../actions";

export const metadata: Metadata = { title: "New requirement" };

export default async function NewRequirementPage({ params }: PageProps<"/modifications/[ref]/requirements/new">) {
  const { ref } = await params;
  await authorizePage("requirement.create", `/modifications/${ref}/requirements/new`);
  const m = await loadModification(ref);
  const areas = await findAreas(db(), m.id);
  return (
    <>
      <Breadcrumbs items={[...modificationCrumbs(m), { href: modificationPath(m, "requirements"), label: "Requirements" }, { label: "New requirement" }]} />
      <h1 className="mb-4 text-3xl font-bold">New requirement</h1>
      <p className="mb-4 max-w-3xl">It gets the next reference when you save, and starts as a draft.</p>
      <RequirementForm action={createRequirementAction.bind(null, m.draftRef)} areas={areas} submitLabel="Create requirement" />
    </>
  );
}
