import type { Metadata } from "next";
import { authorizePage } from "@/lib/auth/authorize";
import { db } from "@/lib/db";
import { modificationPath } from "@/lib/modifications/refs";
import { getRequirementForEditing } from "@/lib/requirements/get-requirement-for-editing";
import { orNotFound } from "@/app/or-not-found";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { RequirementForm } from "@/components/requirement-form";
import { loadModification, modificationCrumbs } from "../../../load";
import { updateRequirementAction } from "../../actions";

type Props = PageProps<"/modifications/[ref]/requirements/[requirementRef]/edit">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `Edit ${(await params).requirementRef.toUpperCase()}` };
}

export default async function EditRequirementPage({ params }: Props) {
  const { ref, requirementRef } = await params;
  await authorizePage("requirement.edit", `/modifications/${ref}/requirements/${requirementRef}/edit`);
  const m = await loadModification(ref);
  const { requirement: r, areas } = await orNotFound(getRequirementForEditing(db(), m.id, requirementRef));
  const here = modificationPath(m, "requirements", r.ref);
  return (
    <>
      <Breadcrumbs items={[...modificationCrumbs(m), { href: modificationPath(m, "requirements"), label: "Requirements" }, { href: here, label: r.ref }, { label: "Edit" }]} />
      <h1 className="mb-2 text-3xl font-bold">Edit {r.ref}</h1>
      <p className="mb-4 max-w-3xl">
        You are editing version {r.version}. Saving adds version {r.version + 1}; if someone else saves first, nothing is overwritten and you
        will see both.
        {r.status === "AGREED" && " This requirement is agreed: changing its words returns it to Proposed for the Working Group to agree again."}
      </p>
      {r.status === "WITHDRAWN" ? (
        <p>This requirement is withdrawn. Reinstate it as a draft from its page before editing it.</p>
      ) : (
        <RequirementForm
          action={updateRequirementAction.bind(null, m.draftRef, r.id)}
          areas={areas}
          start={{ areaId: r.areaId, title: r.title, body: r.body, version: r.version }}
          submitLabel="Save changes"
        />
      )}
    </>
  );
}
