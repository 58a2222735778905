import type { Metadata } from "next";
import { authorizePage } from "@/lib/auth/authorize";
import { consultationFormOptions } from "@/lib/consultations/form-options";
import { db } from "@/lib/db";
import { modificationPath } from "@/lib/modifications/refs";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { ConsultationForm } from "@/components/consultation-form";
import { loadModification, modificationCrumbs } from "../../../load";
import { updateConsultationAction } from "../../actions";
import { consultationFormStart, questionRows } from "../../form-start";
import { loadConsultation } from "../load-consultation";

type Props = PageProps<"/modifications/[ref]/consultations/[consultationId]/edit">;

export const metadata: Metadata = { title: "Edit consultation" };

export default async function EditConsultationPage({ params }: Props) {
  const { ref, consultationId } = await params;
  await authorizePage("consultation.manage", `/modifications/${ref}/consultations/${consultationId}/edit`);
  const m = await loadModification(ref);
  const c = await loadConsultation(m.id, consultationId, new Date());
  const options = await consultationFormOptions(db(), m.id);
  const here = modificationPath(m, "consultations", c.id);
  const open = c.status === "OPEN";
  return (
    <>
      <Breadcrumbs items={[...modificationCrumbs(m), { href: modificationPath(m, "consultations"), label: "Consultations" }, { href: here, label: c.title }, { label: "Edit" }]} />
      <h1 className="mb-2 text-3xl font-bold">Edit {c.title}</h1>
      {c.status === "PLANNED" || open ? (
        <>
          <p className="mb-4 max-w-3xl">
            You are editing version {c.version}. If someone else saves first, nothing is overwritten: you are told, and your text is kept.
            {open && " The consultation is open: you can change its title, introduction, closing time and report; its questions are fixed."}
          </p>
          <ConsultationForm
            action={updateConsultationAction.bind(null, m.draftRef, c.id)}
            {...options}
            start={consultationFormStart(c)}
            questionRows={questionRows(c.questions.length, open)}
            frozen={open}
            version={c.version}
            submitLabel="Save changes"
          />
        </>
      ) : (
        <p>This consultation has closed: it can no longer be edited.</p>
      )}
    </>
  );
}
