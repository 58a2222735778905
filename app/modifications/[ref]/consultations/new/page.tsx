import type { Metadata } from "next";
import { authorizePage } from "@/lib/auth/authorize";
import { consultationFormOptions } from "@/lib/consultations/form-options";
import { MAX_QUESTIONS } from "@/lib/consultations/schemas";
import { db } from "@/lib/db";
import { modificationPath } from "@/lib/modifications/refs";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { ConsultationForm } from "@/components/consultation-form";
import { loadModification, modificationCrumbs } from "../../load";
import { createConsultationAction } from "../actions";

export const metadata: Metadata = { title: "New consultation" };

/** Rows for a new consultation: enough for the usual questions, one of each kind and a few more. */
const NEW_ROWS = Math.min(8, MAX_QUESTIONS);

export default async function NewConsultationPage({ params }: PageProps<"/modifications/[ref]/consultations/new">) {
  const { ref } = await params;
  await authorizePage("consultation.manage", `/modifications/${ref}/consultations/new`);
  const m = await loadModification(ref);
  const options = await consultationFormOptions(db(), m.id);
  return (
    <>
      <Breadcrumbs items={[...modificationCrumbs(m), { href: modificationPath(m, "consultations"), label: "Consultations" }, { label: "New consultation" }]} />
      <h1 className="mb-4 text-3xl font-bold">New consultation</h1>
      <p className="mb-4 max-w-3xl">
        The consultation is planned until you open it from its page; until then you can change anything. Once it is open, its questions cannot change.
      </p>
      <ConsultationForm action={createConsultationAction.bind(null, m.draftRef)} {...options} questionRows={NEW_ROWS} submitLabel="Create consultation" />
    </>
  );
}
