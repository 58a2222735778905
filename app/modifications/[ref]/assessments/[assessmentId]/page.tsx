import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { COST_LINES, formatReleaseChange, formatWeeksChange, oneOffPence, type FiguresChange } from "@/lib/assessments/figures";
import { getAssessment } from "@/lib/assessments/get-assessment";
import { DCC_ASSESSMENT_KIND_LABELS, DCC_ASSESSMENT_STATUS_LABELS, STATUS_TONE } from "@/lib/assessments/labels";
import { formatPence, formatPenceChange, penceForForm } from "@/lib/assessments/money";
import { releaseLabel, upcomingReleases } from "@/lib/assessments/releases";
import { authorizePage, principalOf } from "@/lib/auth/authorize";
import { can } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { formatDate, formatDateTime } from "@/lib/labels";
import { modificationPath } from "@/lib/modifications/refs";
import { isLookupKey } from "@/lib/validation/text";
import { AssessmentVersionForm, type VersionFormStart } from "@/components/assessment-version-form";
import { Badge } from "@/components/badge";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { Markdown } from "@/components/markdown";
import { Notice } from "@/components/notice";
import { orNotFound } from "@/app/or-not-found";
import { loadModification, modificationCrumbs } from "../../load";
import { recordAssessmentVersionAction } from "../actions";

type Props = PageProps<"/modifications/[ref]/assessments/[assessmentId]">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `DCC assessment · ${(await params).ref.toUpperCase()}` };
}

const SAVED: Record<string, string> = {
  requested: "Assessment requested. The DCC analyst records its figures here when they arrive.",
  recorded: "Version recorded.",
};

export default async function AssessmentPage({ params, searchParams }: Props) {
  const { ref, assessmentId } = await params;
  const user = await authorizePage("impact.read", `/modifications/${ref}/assessments/${assessmentId}`);
  const m = await loadModification(ref);
  if (!isLookupKey(assessmentId, 64)) notFound();
  const a = await orNotFound(getAssessment(db(), m.id, assessmentId));
  const { saved } = await searchParams;
  const savedText = typeof saved === "string" && Object.hasOwn(SAVED, saved) ? SAVED[saved] : null;
  const title = DCC_ASSESSMENT_KIND_LABELS[a.kind];
  const mayRecord = can(principalOf(user), "impact.writeDcc") && a.status !== "SUPERSEDED";
  const latest = a.versions[0];
  const releases = upcomingReleases(new Date());
  if (latest && !releases.some((r) => r.value === latest.figures.earliestRelease)) {
    releases.unshift({ value: latest.figures.earliestRelease, label: releaseLabel(latest.figures.earliestRelease) });
  }
  const start: VersionFormStart = latest
    ? {
        designAndBuild: penceForForm(latest.figures.designAndBuildPence),
        testing: penceForForm(latest.figures.testingPence),
        implementation: penceForForm(latest.figures.implementationPence),
        ongoingPerYear: penceForForm(latest.figures.ongoingPerYearPence),
        leadTimeWeeks: String(latest.figures.leadTimeWeeks),
        earliestRelease: latest.figures.earliestRelease,
        systems: latest.figures.systems.join("\n"),
        assumptions: latest.assumptions,
        validUntil: latest.validUntil.toISOString().slice(0, 10),
        changeNote: "",
      }
    : { designAndBuild: "", testing: "", implementation: "", ongoingPerYear: "", leadTimeWeeks: "", earliestRelease: "", systems: "", assumptions: "", validUntil: "", changeNote: "" };

  return (
    <>
      <Breadcrumbs items={[...modificationCrumbs(m), { href: modificationPath(m, "assessments"), label: "Assessments" }, { label: title }]} />
      <h1 className="mb-2 text-3xl font-bold">{title}</h1>
      {savedText && <Notice tone="success">{savedText}</Notice>}
      <div className="mb-6 flex flex-wrap items-center gap-3">
        <Badge tone={STATUS_TONE[a.status]}>{DCC_ASSESSMENT_STATUS_LABELS[a.status]}</Badge>
        <span>
          Requested by {a.requestedBy.name} on {formatDate(a.createdAt)}, due {formatDate(a.dueOn)}
        </span>
        <span>Baseline assessed: {a.baseline.name}</span>
      </div>
      {a.request && (
        <section aria-labelledby="request" className="mb-8 max-w-3xl bg-white p-4">
          <h2 id="request" className="mb-2 text-xl font-bold">The request</h2>
          <Markdown>{a.request}</Markdown>
        </section>
      )}

      <section aria-labelledby="versions" className="mb-8">
        <h2 id="versions" className="mb-2 text-xl font-bold">Versions, newest first</h2>
        {a.versions.length === 0 ? (
          <p className="italic">Awaiting the DCC&apos;s figures.</p>
        ) : (
          <ol className="space-y-6">
            {a.versions.map((v) => (
              <li key={v.id} className="bg-white p-4">
                <h3 className="text-lg font-semibold">
                  Version {v.number} {v.illustrative && <Badge tone="warning">Illustrative figures, not a DCC assessment</Badge>}
                </h3>
                <p className="mb-2 text-sm text-slate-700">
                  Recorded by {v.author} on <time dateTime={v.recordedAt.toISOString()}>{formatDateTime(v.recordedAt)}</time>: {v.changeNote}
                </p>
                <table className="mb-3 w-full max-w-2xl border-collapse text-left">
                  <caption className="sr-only">Figures of version {v.number}</caption>
                  <thead>
                    <tr className="border-b border-slate-300">
                      <th scope="col" className="p-1">Item</th>
                      <th scope="col" className="p-1">Figure</th>
                      <th scope="col" className="p-1">Change from version {v.number - 1 || "–"}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {COST_LINES.map((line) => (
                      <FigureRow key={line.key} label={line.label} value={formatPence(v.figures[line.key])} change={v.change && formatPenceChange(v.change[line.key])} />
                    ))}
                    <FigureRow label="One-off total" value={formatPence(oneOffPence(v.figures))} change={v.change && formatPenceChange(v.change.oneOffPence)} strong />
                    <FigureRow label="Ongoing, per year" value={formatPence(v.figures.ongoingPerYearPence)} change={v.change && formatPenceChange(v.change.ongoingPerYearPence)} />
                    <FigureRow label="Lead time" value={`${v.figures.leadTimeWeeks} weeks`} change={v.change && formatWeeksChange(v.change.leadTimeWeeks)} />
                    <FigureRow label="Earliest release" value={releaseLabel(v.figures.earliestRelease)} change={v.change && formatReleaseChange(v.change.releaseMonths)} />
                    <FigureRow label="Valid until" value={formatDate(v.validUntil)} change={null} />
                  </tbody>
                </table>
                <h4 className="font-semibold">Impacted DCC systems and services</h4>
                {v.figures.systems.length === 0 ? <p className="italic">None listed.</p> : (
                  <ul className="mb-2 list-disc pl-6">
                    {v.figures.systems.map((s) => (
                      <li key={s}>{s}</li>
                    ))}
                  </ul>
                )}
                {v.change && <SystemsChange change={v.change} />}
                <h4 className="font-semibold">Assumptions</h4>
                {v.assumptions ? <Markdown>{v.assumptions}</Markdown> : <p className="italic">None stated.</p>}
              </li>
            ))}
          </ol>
        )}
      </section>

      {mayRecord && (
        <section aria-labelledby="record">
          <h2 id="record" className="mb-2 text-xl font-bold">Record a version</h2>
          <p className="mb-4 max-w-3xl">
            {latest ? "The form starts from the latest version's figures." : "The first version marks the assessment received and supersedes the assessment received before it."}{" "}
            Versions are kept as they are: a correction is a new version.
          </p>
          <AssessmentVersionForm action={recordAssessmentVersionAction.bind(null, m.draftRef, a.id)} releases={releases} start={start} version={a.version} />
        </section>
      )}
    </>
  );
}

function FigureRow({ label, value, change, strong }: { label: string; value: string; change: string | null; strong?: boolean }) {
  return (
    <tr className={`border-b border-slate-200 ${strong ? "font-semibold" : ""}`}>
      <th scope="row" className="p-1 font-normal">{label}</th>
      <td className="p-1">{value}</td>
      <td className="p-1">{change ?? "–"}</td>
    </tr>
  );
}

function SystemsChange({ change }: { change: FiguresChange }) {
  if (change.systemsAdded.length + change.systemsRemoved.length === 0) return null;
  return (
    <p className="mb-2 text-sm">
      {change.systemsAdded.length > 0 && <>Added since the previous version: {change.systemsAdded.join(", ")}. </>}
      {change.systemsRemoved.length > 0 && <>No longer listed: {change.systemsRemoved.join(", ")}.</>}
    </p>
  );
}
