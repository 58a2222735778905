import type { Metadata } from "next";
import Link from "next/link";
import { authorizePage, principalOf } from "@/lib/auth/authorize";
import { can } from "@/lib/auth/permissions";
import { findBaselines } from "@/lib/baselines/find-baselines";
import { db } from "@/lib/db";
import { formatDate, formatDateTime } from "@/lib/labels";
import { modificationPath } from "@/lib/modifications/refs";
import { findReports } from "@/lib/reports/find-reports";
import { getPublishedHtml, getReport } from "@/lib/reports/get-report";
import { renderReportHtml } from "@/lib/reports/render/html";
import { reportContent } from "@/lib/reports/report-content";
import { cachedChangeBoard } from "@/lib/cache/public-pages";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { ChangeBoardSummary } from "@/components/change-board-summary";
import { ButtonLink, buttonClass } from "@/components/button";
import { DownloadLinks } from "@/components/download-links";
import { Notice } from "@/components/notice";
import { ReportPublishForm, ReportRefreshForm } from "@/components/report-draft-form";
import { SelectField } from "@/components/select-field";
import { notFound } from "next/navigation";
import { loadModification, modificationCrumbs } from "../../load";
import { publishReportAction, refreshReportAction } from "../actions";

type Props = PageProps<"/modifications/[ref]/reports/[version]">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { ref, version } = await params;
  return { title: `Modification Report v${version} · ${ref.toUpperCase()}` };
}

const SAVED: Record<string, string> = {
  drafted: "Drafted this version. Edit its narrative, refresh its generated sections, then publish it.",
  edited: "Saved the narrative.",
  refreshed: "Read the generated sections again from the data.",
  published: "Published: this version is now frozen and public.",
};

/** One version: a published one as the HTML stored when it was published, a draft as it would be published now. */
export default async function ReportPage({ params, searchParams }: Props) {
  const { ref, version } = await params;
  const user = await authorizePage("report.readPublished", `/modifications/${ref}/reports/${version}`);
  const principal = principalOf(user);
  const m = await loadModification(ref);
  const report = await getReport(db(), principal, m.id, version);
  if (!report) notFound();
  const here = modificationPath(m, "reports", report.number);
  const published = report.status === "PUBLISHED";
  const html = published ? await getPublishedHtml(db(), report.id) : renderReportHtml(reportContent(report, m), null);
  const others = (await findReports(db(), principal, m.id)).filter((r) => r.number !== report.number);
  const mayDraft = !published && can(principal, "report.draft");
  // Published with the report: the Change Board's closed meetings on this version, and the decision.
  const board = published ? await cachedChangeBoard(m.id) : null;
  const meetingsOnThis = board?.meetings.filter((x) => x.closedAt && x.report.id === report.id) ?? [];
  const baselines = mayDraft ? await findBaselines(db(), m.id) : [];
  const { saved } = await searchParams;
  const fileHash = (format: string) => report.files.find((f) => f.format === format)?.sha256;

  return (
    <>
      <Breadcrumbs items={[...modificationCrumbs(m), { href: modificationPath(m, "reports"), label: "Modification Reports" }, { label: `v${report.number}` }]} />
      {typeof saved === "string" && SAVED[saved] && <Notice tone="success">{SAVED[saved]}</Notice>}
      {published ? (
        <div className="mb-4 grid gap-2">
          <p>
            Published <time dateTime={report.publishedAt!.toISOString()}>{formatDate(report.publishedAt!)}</time>
            {report.publishedBy ? ` by ${report.publishedBy.name}` : ""}. This is the text stored when it was published; it never changes.
          </p>
          <DownloadLinks
            label="Download"
            links={[
              { href: `${here}/pdf`, text: "PDF" },
              { href: `${here}/docx`, text: "Word (DOCX)" },
            ]}
          />
          <details className="text-sm">
            <summary>SHA-256 of each stored file</summary>
            <ul className="pl-4">
              {["HTML", "PDF", "DOCX"].map((f) => (
                <li key={f}>
                  {f}: <code className="break-all">{fileHash(f)}</code>
                </li>
              ))}
            </ul>
          </details>
        </div>
      ) : (
        <Notice tone="info">
          Draft v{report.number}: not published. Its generated sections were read from the data on{" "}
          <time dateTime={report.generatedAt.toISOString()}>{formatDateTime(report.generatedAt)}</time>.
        </Notice>
      )}
      <div className="mb-4 flex flex-wrap items-end gap-4">
        {mayDraft && <ButtonLink href={`${here}/edit`}>Edit the narrative</ButtonLink>}
        {others.length > 0 && (
          <form method="get" action={`${here}/compare`} className="flex items-end gap-2">
            <SelectField name="with" label="Compare with" inline options={others.map((o) => ({ value: o.number, label: `v${o.number}` }))} />
            <button className={buttonClass({ variant: "quiet", size: "sm" })}>Show the redline</button>
          </form>
        )}
      </div>
      <div className="rounded border border-slate-300 bg-white p-6" dangerouslySetInnerHTML={{ __html: html ?? "" }} />
      {board && meetingsOnThis.length > 0 && (
        <section aria-labelledby="change-board" className="mt-6">
          <h2 id="change-board" className="mb-2 text-2xl font-bold">
            Change Board
          </h2>
          <ChangeBoardSummary record={{ ...board, meetings: meetingsOnThis }} />
        </section>
      )}
      {mayDraft && (
        <div className="mt-6 grid gap-4 md:grid-cols-2">
          <ReportRefreshForm
            action={refreshReportAction.bind(null, m.draftRef, report.id, report.number)}
            version={report.version}
            baselineId={report.baselineId}
            baselines={baselines.map((b) => ({ value: b.id, label: `${b.name} (${formatDate(b.createdAt)})` }))}
          />
          {can(principal, "report.publish") && <ReportPublishForm action={publishReportAction.bind(null, m.draftRef, report.id, report.number)} version={report.version} number={report.number} />}
        </div>
      )}
      <p className="mt-6">
        <Link href={modificationPath(m, "reports")}>All versions</Link>
      </p>
    </>
  );
}
