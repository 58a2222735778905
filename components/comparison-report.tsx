import Link from "next/link";
import type { Comparison } from "@/lib/baselines/compare-requirement-sets";
import type { RequirementSnapshot } from "@/lib/baselines/get-baseline-requirements";
import { Notice } from "./notice";
import { InlineRedline } from "./redline";
import { RequirementStatusBadge } from "./requirement-status-badge";

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

function Heading({ r, href }: { r: RequirementSnapshot; href: (ref: string) => string }) {
  return (
    <h4 className="font-bold">
      <Link href={href(r.ref)}>{r.ref}</Link>: {r.title}
    </h4>
  );
}

/** What changed between two sets of requirements: added, withdrawn and changed ones, with word redlines. */
export function ComparisonReport({ comparison: c, requirementHref }: { comparison: Comparison; requirementHref: (ref: string) => string }) {
  const differences = c.added.length + c.withdrawn.length + c.changed.length;
  return (
    <>
      <Notice tone="info" className="mb-6">
        {differences === 0
          ? `No changes: all ${plural(c.unchanged, "requirement")} are the same in both.`
          : `${plural(c.added.length, "requirement")} added, ${c.withdrawn.length} withdrawn, ${c.changed.length} changed, ${c.unchanged} unchanged.`}
      </Notice>
      {c.added.length > 0 && (
        <section aria-labelledby="added" className="mb-8">
          <h3 id="added" className="mb-3 text-xl font-bold">Added</h3>
          <ul className="space-y-2">
            {c.added.map((r) => (
              <li key={r.requirementId} className="bg-white p-3">
                <Heading r={r} href={requirementHref} />
                <p className="text-sm">{r.area.title} · <RequirementStatusBadge status={r.status} /> · version {r.version}</p>
              </li>
            ))}
          </ul>
        </section>
      )}
      {c.withdrawn.length > 0 && (
        <section aria-labelledby="withdrawn" className="mb-8">
          <h3 id="withdrawn" className="mb-3 text-xl font-bold">Withdrawn</h3>
          <ul className="space-y-2">
            {c.withdrawn.map(({ before, after }) => (
              <li key={before.requirementId} className="bg-white p-3">
                <Heading r={before} href={requirementHref} />
                <p className="text-sm">{after ? `Withdrawn in version ${after.version}.` : "Not in the later set."}</p>
              </li>
            ))}
          </ul>
        </section>
      )}
      {c.changed.length > 0 && (
        <section aria-labelledby="changed" className="mb-8">
          <h3 id="changed" className="mb-3 text-xl font-bold">Changed</h3>
          {c.changed.map((change) => (
            <article key={change.after.requirementId} className="mb-4 bg-white p-3">
              <Heading r={change.after} href={requirementHref} />
              <p className="mb-2 text-sm">Version {change.before.version} → {change.after.version}</p>
              {change.fields.length > 0 && (
                <ul className="mb-2 list-disc pl-6">
                  {change.fields.map((f) => (
                    <li key={f.label}>
                      {f.label}: <del className="text-red-900">{f.before}</del> → <ins className="text-green-900">{f.after}</ins>
                    </li>
                  ))}
                </ul>
              )}
              {change.bodyChanged ? <InlineRedline parts={change.body} /> : <p className="text-sm italic">Text unchanged.</p>}
            </article>
          ))}
        </section>
      )}
    </>
  );
}
