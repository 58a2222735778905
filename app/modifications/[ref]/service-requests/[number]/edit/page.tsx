import type { Metadata } from "next";
import { authorizePage } from "@/lib/auth/authorize";
import { modificationPath } from "@/lib/modifications/refs";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { ServiceRequestForm } from "@/components/service-request-form";
import { loadModification, modificationCrumbs } from "../../../load";
import { updateServiceRequestAction } from "../../actions";
import { decodedNumber, loadServiceRequest } from "../load";

type Props = PageProps<"/modifications/[ref]/service-requests/[number]/edit">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `Edit SR ${decodedNumber((await params).number).slice(0, 20)}` };
}

export default async function EditServiceRequestPage({ params }: Props) {
  const { ref, number } = await params;
  await authorizePage("serviceRequest.edit", `/modifications/${ref}/service-requests/${number}/edit`);
  const m = await loadModification(ref);
  const sr = await loadServiceRequest(m.id, number);
  return (
    <>
      <Breadcrumbs items={[...modificationCrumbs(m), { href: modificationPath(m, "service-requests"), label: "Service Requests" }, { label: `Edit SR ${sr.number}` }]} />
      <h1 className="mb-2 text-3xl font-bold">SR {sr.number} {sr.name}</h1>
      <p className="mb-4">You are editing version {sr.version} of this row of the matrix. Saving adds version {sr.version + 1}.</p>
      <ServiceRequestForm
        action={updateServiceRequestAction.bind(null, m.draftRef, { id: sr.id, number: sr.number })}
        hidden={{ expectedVersion: String(sr.version) }}
        row={sr}
      />
    </>
  );
}
