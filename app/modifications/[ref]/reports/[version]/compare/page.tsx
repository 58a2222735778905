import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { authorizePage, principalOf } from "@/lib/auth/authorize";
import { db } from "@/lib/db";
import { modificationPath } from "@/lib/modifications/refs";
import { compareReports } from "@/lib/reports/compare-reports";
import { getReport } from "@/lib/reports/get-report";
import { reportContent } from "@/lib/reports/report-content";
import { compareReportNumbers, parseReportNumber } from "@/lib/reports/report-numbers";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { InlineRedline } from "@/components/redline";
import { loadModification, modificationCrumbs } from "../../../load";

type Props = PageProps<"/modifications/[ref]/reports/[version]/compare">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { ref, version } = await params;
  return { title: `Compare report v${version} · ${ref.toUpperCase()}` };
}

/** The redline between two versions, older first: each section's text compared word by word. */
export default async function CompareReportsPage({ params, searchParams }: Props) {
  const { ref, version } = await params;
  const user = await authorizePage("report.readPublished", `/modifications/${ref}/reports/${version}/compare`);
  const principal = principalOf(user);
  const m = await loadModification(ref);
  const other = (await searchParams).with;
  const [a, b] = await Promise.all([getReport(db(), principal, m.id, version), typeof other === "string" ? getReport(db(), principal, m.id, other) : null]);
  if (!a || !b) notFound();
  const [older, newer] = compareReportNumbers(parseReportNumber(a.number)!, parseReportNumber(b.number)!) <= 0 ? [a, b] : [b, a];
  const sections = compareReports(reportContent(older, m), reportContent(newer, m));
  const changed = sections.filter((s) => s.changed);

  return (
    <>
      <Breadcrumbs
        items={[...modificationCrumbs(m), { href: modificationPath(m, "reports"), label: "Modification Reports" }, { href: modificationPath(m, "reports", a.number), label: `v${a.number}` }, { label: "Compare" }]}
      />
      <h1 className="mb-4 text-3xl font-bold">
        Report v{older.number} → v{newer.number}
      </h1>
      <p className="mb-4">
        {changed.length === 0 ? "The two versions say the same." : `${changed.length} of ${sections.length} sections changed.`} Removed text is struck through, added text
        underlined.
      </p>
      {sections.map((s) => (
        <section key={s.heading} className="mb-6" aria-label={s.heading}>
          <h2 className="mb-2 text-xl font-bold">
            {s.heading} {!s.changed && <span className="text-sm font-normal text-slate-700">(unchanged)</span>}
          </h2>
          {s.changed && <InlineRedline parts={s.parts} />}
        </section>
      ))}
      <p>
        <Link href={modificationPath(m, "reports", newer.number)}>Read v{newer.number}</Link>
      </p>
    </>
  );
}
