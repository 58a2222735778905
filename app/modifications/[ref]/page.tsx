import type { Metadata } from "next";
import Link from "next/link";
import { authorizePage, principalOf } from "@/lib/auth/authorize";
import { can } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { overviewWithCurrentRounds } from "@/lib/reviews/overview-with-current-rounds";
import { currentRef, modificationPath } from "@/lib/modifications/refs";
import { COMMITTEE_LABELS, DOCUMENT_KIND_LABELS, formatDate, PATH_LABELS, STAGE_LABELS, WINDOW_STATUS_LABELS } from "@/lib/labels";
import { implementationText } from "@/lib/change-board/labels";
import { Badge } from "@/components/badge";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { Markdown } from "@/components/markdown";
import { ModificationTabs } from "@/components/modification-tabs";
import { Notice } from "@/components/notice";
import { CostsPanel } from "./costs-panel";
import { loadOverview, modificationCrumbs, modificationTabs } from "./load";
import { LatestReport } from "./reports/latest-report";
import { LifecyclePanel } from "./lifecycle-panel";

const SAVED: Record<string, string> = {
  raised: "Draft Proposal raised.",
  converted: "Converted to a Modification Proposal: its MP reference is shown from now on.",
  moved: "Stage changed, and the move is on the timeline.",
  sections: "Overview saved.",
  document: "Document attached.",
};

export async function generateMetadata({ params }: PageProps<"/modifications/[ref]">): Promise<Metadata> {
  const m = await loadOverview((await params).ref);
  return { title: `${currentRef(m)} ${m.title}` };
}

export default async function ModificationOverviewPage({ params, searchParams }: PageProps<"/modifications/[ref]">) {
  // The overview carries the modification's own fields too.
  const m = await loadOverview((await params).ref);
  const user = await authorizePage("modification.readOverview", modificationPath(m));
  // Review material is for reviewers and above, with its statuses current (a round past its window
  // closes first); visitors and party respondents read the cached overview as it is (lib/cache).
  const mayReadReviews = can(principalOf(user), "comment.read");
  const o = mayReadReviews ? await overviewWithCurrentRounds(db(), m) : m;
  const mayReadRequirements = can(principalOf(user), "requirement.read");
  const manages = can(principalOf(user), "modification.manage");
  const { saved } = await searchParams;
  const savedText = typeof saved === "string" && Object.hasOwn(SAVED, saved) ? SAVED[saved] : null;

  const facts: [string, React.ReactNode][] = [
    ["Reference", o.proposalRef ? `${o.proposalRef} (raised as ${o.draftRef})` : o.draftRef],
    ["Proposer", o.proposer.name],
    ["Lead analyst", o.leadAnalyst ?? "Not yet assigned"],
    ["Date raised", formatDate(o.raisedOn)],
    ["Stage", STAGE_LABELS[o.stage]],
    ["Path", o.path ? PATH_LABELS[o.path] : "Not yet decided"],
    ["Urgent", o.urgent ? "Yes" : "No"],
    ["Implementation", implementationText(o.implementationRelease, o.decision)],
  ];

  return (
    <>
      <Breadcrumbs items={modificationCrumbs(m)} />
      <h1 className="mb-1 text-3xl font-bold">
        {currentRef(o)}: {o.title}
      </h1>
      {savedText && <Notice tone="success">{savedText}</Notice>}
      <p className="mb-4 max-w-3xl text-lg">{o.summary}</p>
      <ModificationTabs tabs={modificationTabs(m, user)} current={modificationPath(m)} />

      <div className="grid gap-8 lg:grid-cols-3">
        <div className="space-y-8 lg:col-span-2">
          {o.latestUpdate && (
            <section aria-labelledby="latest" className="border-l-4 border-brand bg-white p-4">
              <h2 id="latest" className="mb-1 font-bold">Latest update</h2>
              <p>{o.latestUpdate}</p>
            </section>
          )}
          <LatestReport modification={m} />
          <Section id="issue" title="What is the issue?"><Markdown>{o.issue}</Markdown></Section>
          <Section id="solution" title="What is the solution?">
            <Markdown>{o.solution}</Markdown>
            <h3 className="mt-4 mb-2 font-semibold">Business requirements so far</h3>
            <ul className="space-y-1">
              {o.areas.map((area) => (
                <li key={area.id}>
                  <span className="font-semibold">{area.title}</span>: {area._count.requirements} requirement
                  {area._count.requirements === 1 ? "" : "s"}
                </li>
              ))}
            </ul>
            <p className="mt-2">
              {mayReadRequirements ? (
                <Link href={modificationPath(m, "requirements")}>Read the draft business requirements</Link>
              ) : (
                <>
                  The draft business requirements are open to participants:{" "}
                  <Link href={`/signin?callbackUrl=${encodeURIComponent(modificationPath(m, "requirements"))}`}>sign in to read them</Link>.
                </>
              )}
            </p>
          </Section>
          <Section id="impacted" title="Who is impacted?"><Markdown>{o.whoIsImpacted}</Markdown></Section>
          <Section id="documents-affected" title="What SEC documents are affected?"><Markdown>{o.secDocumentsAffected}</Markdown></Section>
          <p className="text-sm">
            <Link href={modificationPath(m, "sections", "history")}>History of the overview</Link>
          </p>
        </div>

        <aside className="space-y-8">
          <section aria-labelledby="facts" className="bg-white p-4">
            <h2 id="facts" className="mb-2 text-xl font-bold">At a glance</h2>
            <dl className="space-y-2">
              {facts.map(([term, value]) => (
                <div key={term}>
                  <dt className="text-sm font-semibold text-slate-700">{term}</dt>
                  <dd>{value}</dd>
                </div>
              ))}
            </dl>
          </section>
          <CostsPanel m={m} user={user} />
          <Section id="timeline" title="Timeline">
            <ol className="space-y-3 border-l-2 border-slate-300 pl-4">
              {o.milestones.map((ms) => (
                <li key={ms.id}>
                  <p className="text-sm font-semibold">
                    {ms.dateLabel ?? formatDate(ms.occurredOn)} {!ms.confirmed && <Badge tone="warning">unconfirmed</Badge>}
                  </p>
                  <p>{ms.event}</p>
                  {ms.meeting && <p className="text-sm text-slate-700">{ms.meeting}</p>}
                </li>
              ))}
            </ol>
          </Section>
          {mayReadReviews && (
            <Section id="reviews" title="Sub-committee reviews">
              <ul className="space-y-2">
                {o.reviewRounds.map((r) => (
                  <li key={r.id}>
                    <span className="font-semibold">{COMMITTEE_LABELS[r.committee]}</span>:{" "}
                    <Link href={modificationPath(m, "reviews", r.id)}>{r.title}</Link>{" "}
                    <Badge tone={r.status === "OPEN" ? "success" : "neutral"}>{WINDOW_STATUS_LABELS[r.status]}</Badge>
                  </li>
                ))}
              </ul>
            </Section>
          )}
          <Section id="documents" title="Documents">
            {o.documents.length + o.reports.length + o.consultations.length === 0 ? (
              <p>Nothing published yet.</p>
            ) : (
              <ul className="space-y-2">
                {o.reports.map((r) => (
                  <li key={r.id}>Modification Report v{r.version} (published {formatDate(r.publishedAt!)})</li>
                ))}
                {o.consultations.map((c) => (
                  <li key={c.id}>
                    <Link href={modificationPath(o, "consultations", c.id, "published")} className="font-semibold">
                      {c.title}: collated responses
                    </Link>
                    <span className="block text-sm text-slate-700">Published {formatDate(c.publishedAt!)}</span>
                  </li>
                ))}
                {o.documents.map((d) => (
                  <li key={d.id}>
                    {d.file ? (
                      <a className="font-semibold" href={modificationPath(m, "documents", d.id)} download>
                        {d.title}
                      </a>
                    ) : (
                      <span className="font-semibold">{d.title}</span>
                    )}
                    <span className="block text-sm text-slate-700">
                      {DOCUMENT_KIND_LABELS[d.kind]}, {formatDate(d.publishedOn)}
                    </span>
                    {d.note && <span className="block text-sm">{d.note}</span>}
                  </li>
                ))}
              </ul>
            )}
          </Section>
          {manages && <LifecyclePanel m={o} />}
        </aside>
      </div>
    </>
  );
}

function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id} className="mb-2 text-xl font-bold">{title}</h2>
      {children}
    </section>
  );
}
