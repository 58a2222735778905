import type { Metadata } from "next";
import { authorizePage } from "@/lib/auth/authorize";
import { db } from "@/lib/db";
import { modificationPath } from "@/lib/modifications/refs";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { ReviewRoundForm } from "@/components/review-round-form";
import { loadModification, modificationCrumbs } from "../../../load";
import { updateReviewRoundAction } from "../../actions";
import { roundFormOptions, roundFormStart } from "../../round-form-options";
import { loadRound } from "../load-round";

type Props = PageProps<"/modifications/[ref]/reviews/[roundId]/edit">;

export const metadata: Metadata = { title: "Edit review round" };

export default async function EditReviewRoundPage({ params }: Props) {
  const { ref, roundId } = await params;
  await authorizePage("reviewRound.manage", `/modifications/${ref}/reviews/${roundId}/edit`);
  const m = await loadModification(ref);
  const round = await loadRound(m.id, roundId, new Date());
  const options = await roundFormOptions(db(), m.id);
  const here = modificationPath(m, "reviews", round.id);
  return (
    <>
      <Breadcrumbs items={[...modificationCrumbs(m), { href: modificationPath(m, "reviews"), label: "Reviews" }, { href: here, label: round.title }, { label: "Edit" }]} />
      <h1 className="mb-2 text-3xl font-bold">Edit {round.title}</h1>
      {round.status === "PLANNED" ? (
        <>
          <p className="mb-4 max-w-3xl">
            You are editing version {round.version}. If someone else saves first, nothing is overwritten: you are told, and your text is kept.
          </p>
          <ReviewRoundForm
            action={updateReviewRoundAction.bind(null, m.draftRef, round.id)}
            {...options}
            start={roundFormStart({ ...round, baselineId: round.baseline?.id ?? null })}
            version={round.version}
            submitLabel="Save changes"
          />
        </>
      ) : (
        <p>This round has opened: only a planned round can be edited.</p>
      )}
    </>
  );
}
