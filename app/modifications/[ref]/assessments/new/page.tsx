import type { Metadata } from "next";
import { DCC_ASSESSMENT_KIND_LABELS } from "@/lib/assessments/labels";
import { authorizePage } from "@/lib/auth/authorize";
import { findBaselines } from "@/lib/baselines/find-baselines";
import { db } from "@/lib/db";
import { DccAssessmentKind } from "@/lib/generated/prisma/enums";
import { modificationPath } from "@/lib/modifications/refs";
import { AssessmentRequestForm } from "@/components/assessment-request-form";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { loadModification, modificationCrumbs } from "../../load";
import { requestAssessmentAction } from "../actions";

export const metadata: Metadata = { title: "Request a DCC assessment" };

export default async function NewAssessmentPage({ params }: PageProps<"/modifications/[ref]/assessments/new">) {
  const { ref } = await params;
  await authorizePage("impact.requestDcc", `/modifications/${ref}/assessments/new`);
  const m = await loadModification(ref);
  const baselines = await findBaselines(db(), m.id);
  return (
    <>
      <Breadcrumbs items={[...modificationCrumbs(m), { href: modificationPath(m, "assessments"), label: "Assessments" }, { label: "Request an assessment" }]} />
      <h1 className="mb-4 text-3xl font-bold">Request a DCC assessment</h1>
      <p className="mb-4 max-w-3xl">
        A Preliminary Assessment comes first; an Impact Assessment can be requested once a Preliminary Assessment has been received. One request
        is awaited at a time.
      </p>
      <AssessmentRequestForm
        action={requestAssessmentAction.bind(null, m.draftRef)}
        kinds={Object.values(DccAssessmentKind).map((value) => ({ value, label: DCC_ASSESSMENT_KIND_LABELS[value] }))}
        baselines={baselines.map((b) => ({ value: b.id, label: `${b.name} (${b.requirementCount} requirements)` }))}
      />
    </>
  );
}
