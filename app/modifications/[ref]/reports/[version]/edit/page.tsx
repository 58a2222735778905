import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { authorizePage, principalOf } from "@/lib/auth/authorize";
import { db } from "@/lib/db";
import { modificationPath } from "@/lib/modifications/refs";
import { getReport } from "@/lib/reports/get-report";
import { NARRATIVE_SECTIONS } from "@/lib/reports/narrative";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { Notice } from "@/components/notice";
import { ReportNarrativeForm } from "@/components/report-narrative-form";
import { loadModification, modificationCrumbs } from "../../../load";
import { editReportNarrativeAction } from "../../actions";

type Props = PageProps<"/modifications/[ref]/reports/[version]/edit">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { ref, version } = await params;
  return { title: `Edit report v${version} · ${ref.toUpperCase()}` };
}

export default async function EditReportPage({ params }: Props) {
  const { ref, version } = await params;
  const user = await authorizePage("report.draft", `/modifications/${ref}/reports/${version}/edit`);
  const m = await loadModification(ref);
  const report = await getReport(db(), principalOf(user), m.id, version);
  if (!report) notFound();
  const reportPath = modificationPath(m, "reports", report.number);

  return (
    <>
      <Breadcrumbs
        items={[...modificationCrumbs(m), { href: modificationPath(m, "reports"), label: "Modification Reports" }, { href: reportPath, label: `v${report.number}` }, { label: "Edit" }]}
      />
      <h1 className="mb-4 text-3xl font-bold">Edit the narrative of report v{report.number}</h1>
      {report.status === "PUBLISHED" ? (
        <Notice tone="info">v{report.number} is published and never changes: draft a new version to change the text.</Notice>
      ) : (
        <ReportNarrativeForm
          action={editReportNarrativeAction.bind(null, m.draftRef, report.id, report.number)}
          version={report.version}
          sections={NARRATIVE_SECTIONS.map((s) => ({ key: s.key, heading: s.heading, text: report[s.key] }))}
        />
      )}
    </>
  );
}
