import Link from "next/link";
import { formatReleaseChange, formatWeeksChange, oneOffPence } from "@/lib/assessments/figures";
import type { CostsAndLeadTimes } from "@/lib/assessments/get-costs-and-lead-times";
import { DCC_ASSESSMENT_KIND_LABELS } from "@/lib/assessments/labels";
import { formatPence, formatPenceChange } from "@/lib/assessments/money";
import { releaseLabel } from "@/lib/assessments/releases";
import { principalOf } from "@/lib/auth/authorize";
import type { CurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { cachedCostsAndLeadTimes } from "@/lib/cache/public-pages";
import { COST_BAND_LABELS, formatDate, IMPACT_LEVEL_LABELS, RESPONDENT_CATEGORY_LABELS } from "@/lib/labels";
import { modificationPath } from "@/lib/modifications/refs";
import { Badge } from "@/components/badge";

/**
 * The overview's "Costs and lead times": the DCC's current figures for everyone (DCC assessments
 * are published with the modification's papers: impact.readDccSummary), and — for those who may
 * read impacts (impact.read) — the parties' own impacts by category, as counts only, and a link
 * to the assessments themselves.
 */
export async function CostsPanel({ m, user }: { m: { id: string; draftRef: string }; user: CurrentUser | null }) {
  const principal = principalOf(user);
  if (!can(principal, "impact.readDccSummary")) return null;
  const readsImpacts = can(principal, "impact.read");
  const { dcc, parties } = await cachedCostsAndLeadTimes(m.id, { partyImpacts: readsImpacts });
  return (
    <section aria-labelledby="costs" className="bg-white p-4">
      <h2 id="costs" className="mb-2 text-xl font-bold">Costs and lead times</h2>
      {dcc ? <DccFigures dcc={dcc} /> : <p>No DCC assessment has been received yet.</p>}
      {readsImpacts && <PartyImpacts parties={parties} />}
      {readsImpacts && (
        <p className="mt-3">
          <Link href={modificationPath(m, "assessments")}>All DCC assessments</Link>
        </p>
      )}
    </section>
  );
}

function DccFigures({ dcc }: { dcc: NonNullable<CostsAndLeadTimes["dcc"]> }) {
  const f = dcc.figures;
  const c = dcc.change;
  return (
    <>
      <p className="mb-2 text-sm text-slate-700">
        {DCC_ASSESSMENT_KIND_LABELS[dcc.kind]}, version {dcc.version}, received {formatDate(dcc.receivedAt)}; valid until {formatDate(dcc.validUntil)}.
      </p>
      {dcc.illustrative && (
        <p className="mb-2">
          <Badge tone="warning">Illustrative figures, not a DCC assessment</Badge>
        </p>
      )}
      <dl className="space-y-2">
        <div>
          <dt className="text-sm font-semibold text-slate-700">DCC one-off cost</dt>
          <dd>
            <span className="text-lg font-semibold">{formatPence(oneOffPence(f))}</span>
            <span className="block text-sm">
              Design and build {formatPence(f.designAndBuildPence)}, testing {formatPence(f.testingPence)}, implementation {formatPence(f.implementationPence)}
            </span>
          </dd>
        </div>
        <div>
          <dt className="text-sm font-semibold text-slate-700">DCC ongoing cost</dt>
          <dd>{formatPence(f.ongoingPerYearPence)} a year</dd>
        </div>
        <div>
          <dt className="text-sm font-semibold text-slate-700">DCC lead time</dt>
          <dd>
            {f.leadTimeWeeks} weeks; earliest {releaseLabel(f.earliestRelease)}
          </dd>
        </div>
      </dl>
      <h3 className="mt-3 font-semibold">{c ? `Since ${c.since === "previousVersion" ? "the previous version" : `the ${DCC_ASSESSMENT_KIND_LABELS[c.previousKind]}`}` : "Changes"}</h3>
      {!c ? (
        <p>This is the first assessment: nothing to compare with yet.</p>
      ) : c.figures.unchanged ? (
        <p>No change.</p>
      ) : (
        <ul className="list-disc pl-6">
          <li>One-off cost: {formatPenceChange(c.figures.oneOffPence)}</li>
          <li>Ongoing cost: {formatPenceChange(c.figures.ongoingPerYearPence)} a year</li>
          <li>Lead time: {formatWeeksChange(c.figures.leadTimeWeeks)}</li>
          <li>Earliest release: {formatReleaseChange(c.figures.releaseMonths)}</li>
        </ul>
      )}
    </>
  );
}

function PartyImpacts({ parties }: { parties: CostsAndLeadTimes["parties"] }) {
  if (!parties || parties.byCategory.length + parties.confidential === 0) return <p className="mt-3">No party has submitted its own impact yet.</p>;
  const nonZero = (counts: Record<string, number>, labels: Record<string, string>) =>
    Object.entries(counts)
      .filter(([, n]) => n > 0)
      .map(([key, n]) => `${labels[key] ?? "Not given"} ${n}`)
      .join(", ");
  return (
    <div className="mt-3">
      <h3 className="font-semibold">Party impacts by category</h3>
      <p className="mb-1 text-sm text-slate-700">From the {parties.consultationTitle}, submitted responses only, as counts (no response is named or quoted here).</p>
      <ul className="space-y-2">
        {parties.byCategory.map((c) => (
          <li key={c.category}>
            <span className="font-semibold">{RESPONDENT_CATEGORY_LABELS[c.category]}</span>: {c.answers} response{c.answers === 1 ? "" : "s"}
            <span className="block text-sm">Impact: {nonZero(c.levels, IMPACT_LEVEL_LABELS)}</span>
            <span className="block text-sm">Cost: {nonZero(c.costBands, COST_BAND_LABELS)}</span>
          </li>
        ))}
      </ul>
      {parties.confidential > 0 && (
        <p className="mt-2 text-sm">
          And {parties.confidential} confidential answer{parties.confidential === 1 ? "" : "s"}, counted here only.
        </p>
      )}
    </div>
  );
}
