import type { Metadata } from "next";
import Link from "next/link";
import { authorizePage, principalOf } from "@/lib/auth/authorize";
import { can } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { formatDate, formatDateTime } from "@/lib/labels";
import { currentRef, modificationPath } from "@/lib/modifications/refs";
import { findReports } from "@/lib/reports/find-reports";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { ButtonLink } from "@/components/button";
import { ModificationTabs } from "@/components/modification-tabs";
import { TableHead } from "@/components/table-head";
import { loadModification, modificationCrumbs, modificationTabs } from "../load";

type Props = PageProps<"/modifications/[ref]/reports">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `Modification Reports · ${(await params).ref.toUpperCase()}` };
}

/** The report's versions: published ones for anyone, drafts too for signed-in participants. */
export default async function ReportsPage({ params }: Props) {
  const { ref } = await params;
  const user = await authorizePage("report.readPublished", `/modifications/${ref}/reports`);
  const m = await loadModification(ref);
  const reports = await findReports(db(), principalOf(user), m.id);
  const here = modificationPath(m, "reports");

  return (
    <>
      <Breadcrumbs items={[...modificationCrumbs(m), { label: "Modification Reports" }]} />
      <h1 className="mb-4 text-3xl font-bold">{currentRef(m)} Modification Reports</h1>
      <ModificationTabs tabs={modificationTabs(m, user)} current={here} />
      <p className="mb-4 max-w-3xl">
        Each version of the Modification Report (v0.1, v0.2 … v1.0). A published version is frozen: its HTML, PDF and DOCX never change, and each
        copy shows the SHA-256 of its content.
      </p>
      {can(principalOf(user), "report.draft") && (
        <p className="mb-4">
          <ButtonLink href={`${here}/new`}>Draft a new version</ButtonLink>
        </p>
      )}
      {reports.length === 0 ? (
        <p className="italic">No report has been published yet.</p>
      ) : (
        <table className="w-full border-collapse bg-white text-left">
          <TableHead columns={[{ label: "Version", className: "w-24" }, "Status", "Business requirements at", { label: "Content SHA-256", className: "w-56" }]} />
          <tbody>
            {reports.map((r) => (
              <tr key={r.id} className="border-b border-slate-200">
                <td className="p-2">
                  <Link href={`${here}/${r.number}`} className="font-semibold">
                    v{r.number}
                  </Link>
                </td>
                <td className="p-2">
                  {r.publishedAt ? (
                    <>
                      Published <time dateTime={r.publishedAt.toISOString()}>{formatDate(r.publishedAt)}</time>
                    </>
                  ) : (
                    <>
                      Draft, data read <time dateTime={r.generatedAt.toISOString()}>{formatDateTime(r.generatedAt)}</time>
                    </>
                  )}
                  {r.illustrative && <span className="block text-sm text-slate-700">Narrative partly illustrative</span>}
                </td>
                <td className="p-2">{r.baseline?.name ?? "No baseline"}</td>
                <td className="p-2">{r.contentSha256 ? <code className="text-xs break-all">{r.contentSha256}</code> : "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
