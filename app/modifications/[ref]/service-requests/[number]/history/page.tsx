import type { Metadata } from "next";
import { authorizePage } from "@/lib/auth/authorize";
import { formatDateTime } from "@/lib/labels";
import { modificationPath } from "@/lib/modifications/refs";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { TableHead } from "@/components/table-head";
import { loadModification, modificationCrumbs } from "../../../load";
import { decodedNumber, loadServiceRequest } from "../load";

type Props = PageProps<"/modifications/[ref]/service-requests/[number]/history">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `History of SR ${decodedNumber((await params).number).slice(0, 20)}` };
}

export default async function ServiceRequestHistoryPage({ params }: Props) {
  const { ref, number } = await params;
  await authorizePage("serviceRequest.read", `/modifications/${ref}/service-requests/${number}/history`);
  const m = await loadModification(ref);
  const sr = await loadServiceRequest(m.id, number);
  return (
    <>
      <Breadcrumbs items={[...modificationCrumbs(m), { href: modificationPath(m, "service-requests"), label: "Service Requests" }, { label: `History of SR ${sr.number}` }]} />
      <h1 className="mb-4 text-3xl font-bold">History of SR {sr.number} {sr.name}</h1>
      <table className="w-full border-collapse bg-white text-left">
        <TableHead columns={["Version", "Saved", "By", "Eligible for MDR", "Target Response Time", "Testing scenario", "Change note"]} />
        <tbody>
          {sr.versions.map((v) => (
            <tr key={v.version} className="border-b border-slate-200 align-top">
              <td className="p-2 font-semibold">v{v.version}</td>
              <td className="p-2 whitespace-nowrap">{formatDateTime(v.createdAt)}</td>
              <td className="p-2">{v.author?.name ?? "Imported"}</td>
              <td className="p-2">{v.eligibleForMdr ? "Eligible" : "Not eligible"}{v.illustrative ? " (illustrative)" : ""}</td>
              <td className="p-2">{v.targetResponseTime}</td>
              <td className="p-2">{v.testingScenario}</td>
              <td className="p-2">{v.changeNote}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
