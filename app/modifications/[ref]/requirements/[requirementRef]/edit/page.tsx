import type { Metadata } from "next";
import { authorizePage } from "@/lib/auth/authorize";
import { modificationPath } from "@/lib/modifications/refs";
import { orNotFound } from "@/app/or-not-found";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { RequirementForm } from "@/components/requirement-form";
import { cachedRequirementForEditing, cachedRequirementThreads } from "@/lib/cache/participant-pages";
import { applySuggestion } from "@/lib/comments/suggestion";
import { Notice } from "@/components/notice";
import { loadModification, modificationCrumbs } from "../../../load";
import { updateRequirementAction } from "../../actions";

type Props = PageProps<"/modifications/[ref]/requirements/[requirementRef]/edit">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `Edit ${(await params).requirementRef.toUpperCase()}` };
}

export default async function EditRequirementPage({ params, searchParams }: Props) {
  const { ref, requirementRef } = await params;
  await authorizePage("requirement.edit", `/modifications/${ref}/requirements/${requirementRef}/edit`);
  const m = await loadModification(ref);
  const { requirement: r, areas } = await orNotFound(cachedRequirementForEditing(m.id, requirementRef));
  const here = modificationPath(m, "requirements", r.ref);
  // The open threads on it, to tick those this edit addresses; ?suggestion=17 carries C-17's proposed wording into the text.
  const threads = (await cachedRequirementThreads(m.id, r.id)).filter((t) => t.status !== "RESOLVED" && !t.withdrawnAt);
  const { suggestion } = await searchParams;
  const suggested = typeof suggestion === "string" ? threads.find((t) => String(t.number) === suggestion && t.kind === "PROPOSED_WORDING") : undefined;
  const carried = suggested?.quotedText && suggested.proposedWording !== null ? applySuggestion(r.body, suggested.quotedText, suggested.proposedWording) : null;
  // The carried proposal's thread first, ticked: in view however many threads are open.
  const listed = carried !== null ? [suggested!, ...threads.filter((t) => t !== suggested)] : threads;
  const summary = (t: (typeof threads)[number]) => `by ${t.author.name}: ${(t.quotedText ? `“${t.quotedText}” — ` : "") + t.body}`.slice(0, 160);
  return (
    <>
      <Breadcrumbs items={[...modificationCrumbs(m), { href: modificationPath(m, "requirements"), label: "Requirements" }, { href: here, label: r.ref }, { label: "Edit" }]} />
      <h1 className="mb-2 text-3xl font-bold">Edit {r.ref}</h1>
      <p className="mb-4 max-w-3xl">
        You are editing version {r.version}. Saving adds version {r.version + 1}; if someone else saves first, nothing is overwritten and you
        will see both.
        {r.status === "AGREED" && " This requirement is agreed: changing its words returns it to Proposed for the Working Group to agree again."}
      </p>
      {suggestion !== undefined && (
        <Notice tone={carried !== null ? "success" : "error"}>
          {carried !== null
            ? `The wording proposed in C-${suggested!.number} is in the text below, replacing the passage it quoted. Review it, then save.`
            : "That proposed wording cannot be carried in: its passage is no longer in the text, or there is no such open proposal on this requirement."}
        </Notice>
      )}
      {r.status === "WITHDRAWN" ? (
        <p>This requirement is withdrawn. Reinstate it as a draft from its page before editing it.</p>
      ) : (
        <RequirementForm
          action={updateRequirementAction.bind(null, m.draftRef, r.id)}
          areas={areas}
          start={{ areaId: r.areaId, title: r.title, body: carried ?? r.body, version: r.version }}
          submitLabel="Save changes"
          openThreads={listed.map((t) => ({ id: t.id, number: t.number, summary: summary(t) }))}
          ticked={carried !== null ? [suggested!.id] : []}
          startNote={carried !== null ? `Applies the wording proposed in C-${suggested!.number}` : undefined}
        />
      )}
    </>
  );
}
