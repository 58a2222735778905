import type { Metadata } from "next";
import { oneOffPence } from "@/lib/assessments/figures";
import { DCC_ASSESSMENT_KIND_LABELS, DCC_ASSESSMENT_STATUS_LABELS, STATUS_TONE } from "@/lib/assessments/labels";
import { formatPence } from "@/lib/assessments/money";
import { releaseLabel } from "@/lib/assessments/releases";
import { authorizePage, principalOf } from "@/lib/auth/authorize";
import { can } from "@/lib/auth/permissions";
import { cachedAssessments } from "@/lib/cache/participant-pages";
import { formatDate } from "@/lib/labels";
import { currentRef, modificationPath } from "@/lib/modifications/refs";
import { AssessmentRows, type AssessmentRow } from "@/components/assessment-rows";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { ButtonLink } from "@/components/button";
import { ModificationTabs } from "@/components/modification-tabs";
import { TableHead } from "@/components/table-head";
import { loadModification, modificationCrumbs, modificationTabs } from "../load";

type Props = PageProps<"/modifications/[ref]/assessments">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `DCC assessments · ${(await params).ref.toUpperCase()}` };
}

export default async function AssessmentsPage({ params }: Props) {
  const { ref } = await params;
  const user = await authorizePage("impact.read", `/modifications/${ref}/assessments`);
  const m = await loadModification(ref);
  const assessments = await cachedAssessments(m.id);
  const here = modificationPath(m, "assessments");

  return (
    <>
      <Breadcrumbs items={[...modificationCrumbs(m), { label: "Assessments" }]} />
      <h1 className="mb-4 text-3xl font-bold">{currentRef(m)} DCC assessments</h1>
      <ModificationTabs tabs={modificationTabs(m, user)} current={here} />
      <p className="mb-4 max-w-3xl">
        SECAS asks the DCC for a Preliminary Assessment of a baseline of the requirements, and later an Impact Assessment. The DCC&apos;s
        figures are recorded as versions; the newest received assessment is the current one, and the one before it is superseded.
      </p>
      {can(principalOf(user), "impact.requestDcc") && (
        <p className="mb-6">
          <ButtonLink href={`${here}/new`}>Request an assessment</ButtonLink>
        </p>
      )}
      {assessments.length === 0 ? (
        <p className="italic">No DCC assessments yet.</p>
      ) : (
        <table className="w-full border-collapse bg-white text-left [&_td]:p-2 [&_td]:align-top [&_tbody_tr]:border-b [&_tbody_tr]:border-slate-200">
          <TableHead columns={["Assessment", { label: "Status", className: "w-28" }, "Due on", "One-off cost", "Ongoing per year", "Lead time"]} />
          <AssessmentRows rows={assessments.map((a) => assessmentRow(here, a))} />
        </table>
      )}
    </>
  );
}

/** An assessment as its row shows it, formatted here so that the row's component gets strings. */
function assessmentRow(here: string, a: Awaited<ReturnType<typeof cachedAssessments>>[number]): AssessmentRow {
  return {
    id: a.id,
    href: `${here}/${a.id}`,
    kind: DCC_ASSESSMENT_KIND_LABELS[a.kind],
    requested: `Requested ${formatDate(a.createdAt)}, of ${a.baseline.name}`,
    illustrative: Boolean(a.latest?.illustrative),
    status: { text: DCC_ASSESSMENT_STATUS_LABELS[a.status], tone: STATUS_TONE[a.status] },
    dueOn: formatDate(a.dueOn),
    latest: a.latest && {
      oneOff: formatPence(oneOffPence(a.latest)),
      version: `version ${a.latest.number}`,
      ongoing: formatPence(a.latest.ongoingPerYearPence),
      leadTime: `${a.latest.leadTimeWeeks} weeks`,
      earliest: `earliest ${releaseLabel(a.latest.earliestRelease)}`,
    },
  };
}
