import type { Metadata } from "next";
import Link from "next/link";
import { authorizePage, principalOf } from "@/lib/auth/authorize";
import { can } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { COMMITTEE_LABELS, WINDOW_STATUS_LABELS } from "@/lib/labels";
import { currentRef, modificationPath } from "@/lib/modifications/refs";
import { findReviewRounds } from "@/lib/reviews/find-review-rounds";
import { timeLeftText, windowText } from "@/lib/reviews/window-text";
import { Badge } from "@/components/badge";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { ModificationTabs } from "@/components/modification-tabs";
import { TableHead } from "@/components/table-head";
import { loadModification, modificationCrumbs, modificationTabs } from "../load";
import { ButtonLink } from "@/components/button";

type Props = PageProps<"/modifications/[ref]/reviews">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `Reviews · ${(await params).ref.toUpperCase()}` };
}

export default async function ReviewRoundsPage({ params }: Props) {
  const { ref } = await params;
  const user = await authorizePage("comment.read", `/modifications/${ref}/reviews`);
  const m = await loadModification(ref);
  const now = new Date();
  const rounds = await findReviewRounds(db(), m.id, now);
  const here = modificationPath(m, "reviews");

  return (
    <>
      <Breadcrumbs items={[...modificationCrumbs(m), { label: "Reviews" }]} />
      <h1 className="mb-4 text-3xl font-bold">{currentRef(m)} reviews</h1>
      <ModificationTabs tabs={modificationTabs(m, user)} current={here} />
      <p className="mb-4 max-w-3xl">
        Sub-committee and Working Group review rounds: each asks one committee its questions about a frozen set of the requirements, in a
        window of London dates and times. A round closes by itself when its window ends.
      </p>
      {can(principalOf(user), "reviewRound.manage") && (
        <p className="mb-6">
          <ButtonLink href={`${here}/new`}>New review round</ButtonLink>
        </p>
      )}
      {rounds.length === 0 ? (
        <p className="italic">No review rounds yet.</p>
      ) : (
        <table className="w-full border-collapse bg-white text-left">
          <TableHead columns={[{ label: "Committee", className: "w-36" }, "Round", { label: "Status", className: "w-28" }, "Window", "Time left"]} />
          <tbody>
            {rounds.map((r) => (
              <tr key={r.id} className="border-b border-slate-200">
                <td className="p-2">{COMMITTEE_LABELS[r.committee]}</td>
                <td className="p-2">
                  <Link href={`${here}/${r.id}`} className="font-semibold">{r.title}</Link>
                  <span className="block text-sm text-slate-700">
                    {r._count.questions} question{r._count.questions === 1 ? "" : "s"}
                  </span>
                </td>
                <td className="p-2">
                  <Badge tone={r.status === "OPEN" ? "success" : r.status === "PLANNED" ? "info" : "neutral"}>{WINDOW_STATUS_LABELS[r.status]}</Badge>
                </td>
                <td className="p-2">{windowText(r)}</td>
                <td className="p-2">{timeLeftText(r, now)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
