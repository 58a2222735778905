import type { Metadata } from "next";
import Link from "next/link";
import { authorizePage, principalOf } from "@/lib/auth/authorize";
import { can } from "@/lib/auth/permissions";
import { consultationTimeLeftText, consultationWindowText } from "@/lib/consultations/window-text";
import { CONSULTATION_KIND_LABELS, formatDateTime, QUESTION_KIND_LABELS } from "@/lib/labels";
import { modificationPath } from "@/lib/modifications/refs";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { Button, ButtonLink } from "@/components/button";
import { ConsultationStatusBadge } from "@/components/consultation-status-badge";
import { Markdown } from "@/components/markdown";
import { Notice } from "@/components/notice";
import { ProblemAlert } from "@/components/problem-alert";
import { TableHead } from "@/components/table-head";
import { loadModification, modificationCrumbs } from "../../load";
import { changeConsultationStatusAction } from "../actions";
import { loadConsultation } from "./load-consultation";

type Props = PageProps<"/modifications/[ref]/consultations/[consultationId]">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `Consultation · ${(await params).ref.toUpperCase()}` };
}

const SAVED: Record<string, string> = {
  created: "Consultation created. It stays planned until you open it.",
  updated: "Changes saved.",
  opened: "The consultation is open: parties can respond until it closes.",
  closed: "The consultation is closed.",
};

export default async function ConsultationPage({ params, searchParams }: Props) {
  const { ref, consultationId } = await params;
  const path = `/modifications/${ref}/consultations/${consultationId}`;
  const user = await authorizePage("consultation.readCollated", path);
  const m = await loadModification(ref);
  const now = new Date();
  const c = await loadConsultation(m.id, consultationId, now);
  const who = principalOf(user);
  // A published consultation is anyone's to read; the others only those signed in (a visitor is sent to sign in).
  if (c.status !== "PUBLISHED") await authorizePage("consultation.read", path);
  const here = modificationPath(m, "consultations", c.id);
  const manages = can(who, "consultation.manage");
  const mayRespond = user !== null && can(who, "consultation.respond", { organisationId: user.organisationId ?? "", consultation: c });
  const readsResponses = can(who, "consultation.readCollation") && c.status !== "PLANNED";
  const entersResponses = can(who, "consultation.respondOnBehalf") && (c.status === "OPEN" || c.status === "CLOSED");
  const query = await searchParams;
  const { saved } = query;
  const savedText = typeof saved === "string" && Object.hasOwn(SAVED, saved) ? SAVED[saved] : null;
  const move = changeConsultationStatusAction.bind(null, m.draftRef, c.id);
  const asksPerRequirement = c.questions.some((q) => q.kind === "PER_REQUIREMENT");

  return (
    <>
      <Breadcrumbs items={[...modificationCrumbs(m), { href: modificationPath(m, "consultations"), label: "Consultations" }, { label: c.title }]} />
      <p className="text-slate-700">{CONSULTATION_KIND_LABELS[c.kind]}</p>
      <h1 className="mb-2 text-3xl font-bold">{c.title}</h1>
      <ProblemAlert query={query} />
      {savedText && <Notice tone="success">{savedText}</Notice>}
      <div className="mb-6 flex flex-wrap items-center gap-3">
        <ConsultationStatusBadge status={c.status} />
        <span>{consultationWindowText(c)}</span>
        <span className="font-semibold">{consultationTimeLeftText(c, now)}</span>
        {manages && (c.status === "PLANNED" || c.status === "OPEN") && <Link href={`${here}/edit`}>Edit consultation</Link>}
        {manages && c.status === "PLANNED" && (
          <form action={move}>
            <input type="hidden" name="status" value="OPEN" />
            <input type="hidden" name="expectedVersion" value={c.version} />
            <Button size="sm">Open this consultation</Button>
          </form>
        )}
        {manages && c.status === "OPEN" && (
          <form action={move}>
            <input type="hidden" name="status" value="CLOSED" />
            <input type="hidden" name="expectedVersion" value={c.version} />
            <Button variant="secondary" size="sm" className="bg-white">Close this consultation now</Button>
          </form>
        )}
      </div>
      {(mayRespond || readsResponses || entersResponses || c.status === "PUBLISHED") && (
        <nav aria-label="This consultation's responses" className="mb-6 flex flex-wrap gap-3">
          {mayRespond && <ButtonLink href={`${here}/respond`}>Respond</ButtonLink>}
          {readsResponses && <ButtonLink variant="secondary" href={`${here}/responses`}>Responses</ButtonLink>}
          {entersResponses && <ButtonLink variant="secondary" href={`${here}/respond`}>Enter an emailed response</ButtonLink>}
          {c.status === "PUBLISHED" && <ButtonLink variant="secondary" href={`${here}/published`}>Published collation</ButtonLink>}
        </nav>
      )}

      <div className="space-y-8">
        <section aria-labelledby="introduction" className="max-w-4xl bg-white p-6">
          <h2 id="introduction" className="mb-2 text-xl font-bold">Introduction</h2>
          {c.introduction ? <Markdown>{c.introduction}</Markdown> : <p className="italic">No introduction.</p>}
        </section>

        <section aria-labelledby="questions" className="max-w-4xl">
          <h2 id="questions" className="mb-2 text-xl font-bold">Questions</h2>
          <ol className="space-y-3">
            {c.questions.map((q) => (
              <li key={q.id} className="bg-white p-4">
                <p className="font-semibold">
                  Question {q.number}: {q.text}
                </p>
                <p className="text-sm text-slate-700">Answer: {QUESTION_KIND_LABELS[q.kind]}</p>
              </li>
            ))}
          </ol>
        </section>

        <section aria-labelledby="requirements">
          <h2 id="requirements" className="mb-2 text-xl font-bold">Requirements consulted on</h2>
          {c.baseline ? (
            <>
              <p className="mb-2">
                As frozen in the baseline <Link href={modificationPath(m, "baselines", c.baseline.id)}>{c.baseline.name}</Link>
                {asksPerRequirement && ": respondents support, oppose or are neutral on each"}.
              </p>
              <table className="w-full border-collapse bg-white text-left">
                <TableHead columns={[{ label: "Ref", className: "w-24" }, "Title", { label: "Version", className: "w-24" }]} />
                <tbody>
                  {c.requirements.map((r) => (
                    <tr key={r.requirementVersionId} className="border-b border-slate-200">
                      <td className="p-2">
                        <Link href={modificationPath(m, "requirements", r.ref)}>{r.ref}</Link>
                      </td>
                      <td className="p-2">{r.title}</td>
                      <td className="p-2">{r.version}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          ) : c.status === "PLANNED" ? (
            <p>The requirements as they stand will be frozen as this consultation&apos;s baseline when it opens.</p>
          ) : (
            <p>This consultation asks about no particular requirements.</p>
          )}
        </section>

        <section aria-labelledby="about" className="max-w-xl bg-white p-4">
          <h2 id="about" className="mb-2 text-xl font-bold">About this consultation</h2>
          <dl className="space-y-2">
            {[
              ["Opened", c.openedAt],
              ["Closed", c.closedAt],
              ["Collated", c.collatedAt],
              ["Published", c.publishedAt],
            ]
              .filter((row): row is [string, Date] => row[1] instanceof Date)
              .map(([label, when]) => (
                <div key={label}>
                  <dt className="text-sm font-semibold text-slate-700">{label}</dt>
                  <dd>{formatDateTime(when)}</dd>
                </div>
              ))}
          </dl>
        </section>
      </div>
    </>
  );
}
