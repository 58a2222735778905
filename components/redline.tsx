import type { DiffPart } from "@/lib/requirements/diff";

/** Removed text struck through, added text underlined; screen readers hear "removed" and "added". */
function Parts({ parts }: { parts: DiffPart[] }) {
  return (
    <>
      {parts.map((p, i) =>
        p.kind === "same" ? (
          <span key={i}>{p.text}</span>
        ) : p.kind === "removed" ? (
          <del key={i} className="bg-red-100 text-red-900">
            <span className="sr-only">[removed: </span>
            {p.text}
            <span className="sr-only">]</span>
          </del>
        ) : (
          <ins key={i} className="bg-green-100 text-green-900">
            <span className="sr-only">[added: </span>
            {p.text}
            <span className="sr-only">]</span>
          </ins>
        ),
      )}
    </>
  );
}

export function InlineRedline({ parts }: { parts: DiffPart[] }) {
  return (
    <div className="whitespace-pre-wrap rounded border border-slate-300 bg-white p-3 font-mono text-sm">
      <Parts parts={parts} />
    </div>
  );
}

export function SideBySideRedline({ before, after, beforeLabel, afterLabel }: { before: DiffPart[]; after: DiffPart[]; beforeLabel: string; afterLabel: string }) {
  return (
    <div className="grid gap-4 md:grid-cols-2">
      {[
        { label: beforeLabel, parts: before },
        { label: afterLabel, parts: after },
      ].map((side) => (
        <section key={side.label} aria-label={side.label}>
          <h3 className="mb-1 font-semibold">{side.label}</h3>
          <div className="whitespace-pre-wrap rounded border border-slate-300 bg-white p-3 font-mono text-sm">
            <Parts parts={side.parts} />
          </div>
        </section>
      ))}
    </div>
  );
}
