import type { Metadata } from "next";
import { authorizePage } from "@/lib/auth/authorize";
import { db } from "@/lib/db";
import { modificationPath } from "@/lib/modifications/refs";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { ReviewRoundForm } from "@/components/review-round-form";
import { loadModification, modificationCrumbs } from "../../load";
import { createReviewRoundAction } from "../actions";
import { roundFormOptions } from "../round-form-options";

export const metadata: Metadata = { title: "New review round" };

export default async function NewReviewRoundPage({ params }: PageProps<"/modifications/[ref]/reviews/new">) {
  const { ref } = await params;
  await authorizePage("reviewRound.manage", `/modifications/${ref}/reviews/new`);
  const m = await loadModification(ref);
  const options = await roundFormOptions(db(), m.id);
  return (
    <>
      <Breadcrumbs items={[...modificationCrumbs(m), { href: modificationPath(m, "reviews"), label: "Reviews" }, { label: "New review round" }]} />
      <h1 className="mb-4 text-3xl font-bold">New review round</h1>
      <p className="mb-4 max-w-3xl">The round is planned until you open it from its page; until then you can change anything.</p>
      <ReviewRoundForm action={createReviewRoundAction.bind(null, m.draftRef)} {...options} submitLabel="Create round" />
    </>
  );
}
