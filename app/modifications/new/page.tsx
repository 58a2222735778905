import type { Metadata } from "next";
import { authorizePage } from "@/lib/auth/authorize";
import { db } from "@/lib/db";
import { londonDateAndTime } from "@/lib/dates/london";
import { PATH_LABELS } from "@/lib/labels";
import { getNextDraftNumber } from "@/lib/modifications/get-next-draft-number";
import { findOrganisations } from "@/lib/users/find-organisations";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { DraftProposalForm } from "@/components/draft-proposal-form";
import { raiseDraftProposalAction } from "./actions";

export const metadata: Metadata = { title: "Raise a Draft Proposal" };

export default async function NewModificationPage() {
  await authorizePage("modification.manage", "/modifications/new");
  const [organisations, nextNumber] = await Promise.all([findOrganisations(db()), getNextDraftNumber(db())]);
  return (
    <>
      <Breadcrumbs items={[{ href: "/", label: "Modifications" }, { label: "Raise a Draft Proposal" }]} />
      <h1 className="mb-4 text-3xl font-bold">Raise a Draft Proposal</h1>
      <p className="mb-4 max-w-3xl">
        It starts in the Development Stage as a Draft Proposal (DP). Once the Panel decides, record the conversion to a Modification Proposal
        (MP) from its overview page.
      </p>
      <DraftProposalForm
        action={raiseDraftProposalAction}
        proposers={organisations.map((o) => ({ value: o.id, label: o.name }))}
        paths={Object.entries(PATH_LABELS).map(([value, label]) => ({ value, label }))}
        nextNumber={nextNumber}
        today={londonDateAndTime(new Date()).date}
      />
    </>
  );
}
