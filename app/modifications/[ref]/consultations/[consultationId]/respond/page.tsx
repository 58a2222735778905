import type { Metadata } from "next";
import { authorizePage, principalOf } from "@/lib/auth/authorize";
import { getCurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { findOwnResponse } from "@/lib/consultation-responses/find-own-response";
import { findRespondentOrganisations } from "@/lib/consultation-responses/find-respondent-organisations";
import { londonDateAndTime } from "@/lib/dates/london";
import { db } from "@/lib/db";
import type { Position, QuestionKind } from "@/lib/generated/prisma/enums";
import { CONSULTATION_STATUS_LABELS, COST_BAND_LABELS, formatDateTime, IMPACT_LEVEL_LABELS, POSITION_LABELS, RESPONDENT_CATEGORY_LABELS, RESPONSE_STATUS_LABELS } from "@/lib/labels";
import { modificationPath } from "@/lib/modifications/refs";
import { orNotFound } from "@/app/or-not-found";
import { Badge } from "@/components/badge";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { Button } from "@/components/button";
import { ConsultationResponseForm } from "@/components/consultation-response-form";
import { Markdown } from "@/components/markdown";
import { Notice } from "@/components/notice";
import { ProblemAlert } from "@/components/problem-alert";
import { SelectField } from "@/components/select-field";
import { loadModification, modificationCrumbs } from "../../../load";
import { enterResponseAction, respondAction, withdrawResponseAction } from "./actions";

type Props = PageProps<"/modifications/[ref]/consultations/[consultationId]/respond">;

export const metadata: Metadata = { title: "Respond to a consultation" };

const SAVED: Record<string, string> = {
  draft: "Draft saved. Your colleagues see it too; it is not submitted until you submit it.",
  submitted: "Response submitted. You can withdraw it and submit it again until the consultation closes.",
  withdrawn: "Response withdrawn. Change it and submit it again before the close, or leave it withdrawn.",
  entered: "Response entered on the organisation's behalf.",
};
/** What each kind of question offers (the commands check the same in lib/consultation-responses/schemas.ts). */
const POSITIONS: Record<QuestionKind, Position[]> = { AGREE_DISAGREE: ["AGREE", "DISAGREE", "NEUTRAL"], YES_NO: ["YES", "NO"], FREE_TEXT: [], PER_REQUIREMENT: [], PARTY_IMPACT: [] };
const options = <K extends string>(labels: Record<K, string>, keys: K[] = Object.keys(labels) as K[]) => keys.map((k) => ({ value: k, label: labels[k] }));

/**
 * A party respondent answers for their own organisation; SECAS chooses an organisation
 * (?organisation=<id>) to enter a response received by email. The organisation is never taken from
 * the form: the actions are bound here, to the respondent's own organisation or SECAS's choice.
 */
export default async function RespondPage({ params, searchParams }: Props) {
  const { ref, consultationId } = await params;
  const query = await searchParams;
  const { organisation, saved } = query;
  const here = `/modifications/${ref}/consultations/${consultationId}/respond`;
  const user = await getCurrentUser();
  const onBehalf = can(principalOf(user), "consultation.respondOnBehalf");
  const organisationId = onBehalf ? (typeof organisation === "string" ? organisation : "") : (user?.organisationId ?? "");
  const m = await loadModification(ref);
  if (onBehalf && !organisationId) return <ChooseOrganisation m={m} consultationId={consultationId} />;
  await authorizePage("consultation.readOwnResponse", here, { organisationId });
  const view = await orNotFound(findOwnResponse(db(), user, { modificationId: m.id, consultationId, organisationId }));
  const { consultation: c, response } = view;
  const savedText = typeof saved === "string" && Object.hasOwn(SAVED, saved) ? SAVED[saved] : null;

  const open = c.status === "OPEN";
  const mode = onBehalf ? (open || c.status === "CLOSED" ? "enter" : "readOnly") : open && response?.status !== "SUBMITTED" ? "respond" : "readOnly";
  const action = onBehalf ? enterResponseAction.bind(null, m.draftRef, c.id, view.organisation.id) : respondAction.bind(null, m.draftRef, c.id);

  return (
    <>
      <Breadcrumbs items={[...modificationCrumbs(m), { href: modificationPath(m, "consultations"), label: "Consultations" }, { href: modificationPath(m, "consultations", c.id), label: c.title }, { label: onBehalf ? "Enter a response" : "Respond" }]} />
      <h1 className="mb-2 text-3xl font-bold break-words">{onBehalf ? `Enter ${view.organisation.name}'s response` : "Your organisation's response"}</h1>
      <p className="mb-2 break-words">
        {c.title} · {view.organisation.name}
        {view.category && <> ({RESPONDENT_CATEGORY_LABELS[view.category]})</>}
      </p>
      <ProblemAlert query={query} />
      {savedText && <Notice tone="success">{savedText}</Notice>}
      <div className="mb-4 flex flex-wrap items-center gap-3">
        <Badge tone={open ? "success" : "neutral"}>Consultation {CONSULTATION_STATUS_LABELS[c.status].toLowerCase()}</Badge>
        <span>Closes {formatDateTime(c.closesAt)}</span>
        <Badge tone={response?.status === "SUBMITTED" ? "success" : "info"}>{response ? RESPONSE_STATUS_LABELS[response.status] : "Not started"}</Badge>
      </div>
      {response && (
        <p className="mb-4">
          Version {response.version}, last saved by {response.respondent.name} on {formatDateTime(response.updatedAt)}
          {response.submittedAt && response.status === "SUBMITTED" && <>; submitted {formatDateTime(response.submittedAt)}</>}
          {response.enteredBy && <>; entered by {response.enteredBy.name} (SECAS) from an emailed response</>}
          {response.late && <> — received after the close</>}.
        </p>
      )}
      {c.status === "PLANNED" ? (
        <Notice tone="info">This consultation is not open yet.</Notice>
      ) : (
        <>
          {!onBehalf && !open && <Notice tone="info">The consultation has closed: your response is shown as it stands and can no longer be changed.</Notice>}
          {!onBehalf && open && response?.status === "SUBMITTED" && (
            <form action={withdrawResponseAction.bind(null, m.draftRef, c.id)} className="mb-4 rounded border border-slate-300 bg-white p-4">
              <input type="hidden" name="expectedVersion" value={response.version} />
              <p className="mb-2">Submitted. To change it, withdraw it, then submit it again before the close.</p>
              <Button variant="secondary">Withdraw response</Button>
            </form>
          )}
          {c.introduction && (
            <details className="mb-4">
              <summary className="cursor-pointer font-semibold">About this consultation</summary>
              <Markdown>{c.introduction}</Markdown>
            </details>
          )}
          <ConsultationResponseForm
            // A new version (saved, submitted, withdrawn, entered) starts the form afresh from what is stored.
            key={`${response?.version ?? 0}`}
            action={action}
            mode={mode}
            questions={c.questions.map((q) => ({ id: q.id, number: q.number, text: q.text, kind: q.kind, positions: options(POSITION_LABELS, POSITIONS[q.kind]) }))}
            requirements={c.requirements.map((r) => ({ requirementVersionId: r.requirementVersionId, ref: r.ref, title: r.title }))}
            requirementPositions={options(POSITION_LABELS, ["SUPPORT", "OPPOSE", "NEUTRAL"])}
            costBands={options(COST_BAND_LABELS)}
            impactLevels={options(IMPACT_LEVEL_LABELS)}
            stored={response ? { confidential: response.confidential, version: response.version, answers: response.answers } : null}
            received={onBehalf ? londonDateAndTime(response?.submittedAt ?? new Date()) : undefined}
          />
        </>
      )}
    </>
  );
}

/** SECAS first chooses whose emailed response to enter: a plain GET form. */
async function ChooseOrganisation({ m, consultationId }: { m: { draftRef: string; proposalRef: string | null }; consultationId: string }) {
  await authorizePage("consultation.respondOnBehalf", modificationPath(m, "consultations", consultationId, "respond"));
  const organisations = await findRespondentOrganisations(db());
  return (
    <>
      <Breadcrumbs items={[...modificationCrumbs(m), { href: modificationPath(m, "consultations"), label: "Consultations" }, { label: "Enter a response" }]} />
      <h1 className="mb-4 text-3xl font-bold">Enter a response received by email</h1>
      <form method="get" className="max-w-xl rounded border border-slate-300 bg-white p-4">
        <SelectField name="organisation" label="On behalf of" options={organisations.map((o) => ({ value: o.id, label: o.name }))} />
        <Button>Continue</Button>
      </form>
    </>
  );
}
