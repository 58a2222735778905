import type { Metadata } from "next";
import Link from "next/link";
import { authorizePage, principalOf } from "@/lib/auth/authorize";
import { can } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { currentRef, modificationPath } from "@/lib/modifications/refs";
import { findServiceRequests } from "@/lib/service-requests/find-service-requests";
import { Badge } from "@/components/badge";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { ModificationTabs } from "@/components/modification-tabs";
import { Notice } from "@/components/notice";
import { TableHead } from "@/components/table-head";
import { loadModification, modificationCrumbs, modificationTabs } from "../load";

type Props = PageProps<"/modifications/[ref]/service-requests">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `Service Request matrix · ${(await params).ref.toUpperCase()}` };
}

export default async function ServiceRequestsPage({ params, searchParams }: Props) {
  const { ref } = await params;
  const user = await authorizePage("serviceRequest.read", `/modifications/${ref}/service-requests`);
  const m = await loadModification(ref);
  const rows = await findServiceRequests(db(), m.id);
  const anyIllustrative = rows.some((r) => r.illustrative);
  const mayEdit = can(principalOf(user), "serviceRequest.edit");
  const { saved } = await searchParams;
  // Only a number from this matrix is echoed: the URL must not put words on the page.
  const savedRow = rows.find((r) => r.number === saved);
  const srPath = (number: string, page: string) => modificationPath(m, "service-requests", encodeURIComponent(number), page);

  return (
    <>
      <Breadcrumbs items={[...modificationCrumbs(m), { label: "Service Requests" }]} />
      <h1 className="mb-4 text-3xl font-bold">{currentRef(m)} Service Request matrix</h1>
      <ModificationTabs tabs={modificationTabs(m, user)} current={modificationPath(m, "service-requests")} />
      <p className="mb-4 max-w-3xl">
        The DCC Service Requests the Metering Data Retrieval (MDR) User Role may send, with their Target Response Times and the
        scenarios that test them.
      </p>
      {savedRow && (
        <Notice tone="success">Saved SR {savedRow.number}.</Notice>
      )}
      {anyIllustrative && (
        <Notice tone="warning" className="mb-4 max-w-3xl">
          Rows marked <Badge tone="warning">illustrative</Badge> hold values no public source confirms yet: eligibility, Target
          Response Time and scenario are proposals for the Working Group to agree.
        </Notice>
      )}
      <div className="overflow-x-auto">
        <table className="w-full border-collapse bg-white text-left">
          <caption className="sr-only">Service Requests and their eligibility for the MDR User Role</caption>
          <TableHead columns={["Service Request", "Eligible for MDR", "Target Response Time", "Testing scenario", "Referenced by", "Version"]} />
          <tbody>
            {rows.map((sr) => (
              <tr key={sr.id} id={`sr-${sr.number}`} className="border-b border-slate-200 align-top">
                <th scope="row" className="p-2 text-left">
                  <span className="font-semibold">{sr.number}</span> {sr.name}
                  {sr.illustrative && <div><Badge tone="warning">illustrative</Badge></div>}
                </th>
                <td className="p-2">{sr.eligibleForMdr ? <Badge tone="success">Eligible</Badge> : <Badge tone="muted">Not eligible</Badge>}</td>
                <td className="p-2">{sr.targetResponseTime}</td>
                <td className="p-2">{sr.testingScenario}</td>
                <td className="p-2">
                  {sr.links.length === 0
                    ? "None"
                    : sr.links.map((l, i) => (
                        <span key={l.requirement.ref}>
                          {i > 0 && ", "}
                          <Link href={modificationPath(m, "requirements", l.requirement.ref)} title={l.requirement.title}>{l.requirement.ref}</Link>
                        </span>
                      ))}
                </td>
                <td className="p-2 whitespace-nowrap">
                  <Link href={srPath(sr.number, "history")} className="inline-block min-h-6 min-w-6 py-0.5">
                    v{sr.version}<span className="sr-only">: history of SR {sr.number}</span>
                  </Link>
                  {mayEdit && (
                    <Link href={srPath(sr.number, "edit")} className="ml-3 inline-block min-h-6 py-0.5">
                      Edit<span className="sr-only"> SR {sr.number}</span>
                    </Link>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
