import type { Metadata } from "next";
import { authorizePage, principalOf } from "@/lib/auth/authorize";
import { findBaselines } from "@/lib/baselines/find-baselines";
import { db } from "@/lib/db";
import { formatDate } from "@/lib/labels";
import { currentRef, modificationPath } from "@/lib/modifications/refs";
import { findReports } from "@/lib/reports/find-reports";
import { nextReportNumber } from "@/lib/reports/report-numbers";
import { parseReportNumber } from "@/lib/reports/report-numbers";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { ReportDraftForm } from "@/components/report-draft-form";
import { loadModification, modificationCrumbs } from "../../load";
import { createReportDraftAction } from "../actions";

type Props = PageProps<"/modifications/[ref]/reports/new">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `Draft a report version · ${(await params).ref.toUpperCase()}` };
}

export default async function NewReportPage({ params }: Props) {
  const { ref } = await params;
  const user = await authorizePage("report.draft", `/modifications/${ref}/reports/new`);
  const m = await loadModification(ref);
  const [reports, baselines] = await Promise.all([findReports(db(), principalOf(user), m.id), findBaselines(db(), m.id)]);
  const latest = reports[0] ? parseReportNumber(reports[0].number) : null;

  return (
    <>
      <Breadcrumbs items={[...modificationCrumbs(m), { href: modificationPath(m, "reports"), label: "Modification Reports" }, { label: "New version" }]} />
      <h1 className="mb-4 text-3xl font-bold">Draft a new version of the {currentRef(m)} Modification Report</h1>
      <p className="mb-4 max-w-3xl">
        The narrative starts as the latest version&apos;s{reports[0] ? ` (v${reports[0].number})` : ""}; the generated sections are read from the data now, and can be
        refreshed until the version is published.
      </p>
      <ReportDraftForm
        action={createReportDraftAction.bind(null, m.draftRef)}
        nextNumber={nextReportNumber(latest)}
        baselines={baselines.map((b) => ({ value: b.id, label: `${b.name} (${formatDate(b.createdAt)})` }))}
      />
    </>
  );
}
