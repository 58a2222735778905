import { londonDateAndTime } from "@/lib/dates/london";
import type { ModificationStage } from "@/lib/generated/prisma/enums";
import { DOCUMENT_KIND_LABELS, STAGE_LABELS } from "@/lib/labels";
import { ACCEPTED_EXTENSIONS, ACCEPTED_TEXT } from "@/lib/modifications/document-file-types";
import { modificationPath } from "@/lib/modifications/refs";
import { NEXT_STAGES } from "@/lib/modifications/stage-workflow";
import { ButtonLink } from "@/components/button";
import { ConvertForm, DocumentUploadForm, MoveStageForm } from "@/components/lifecycle-forms";
import { attachDocumentAction, convertAction, moveStageAction } from "./lifecycle-actions";

type Props = { m: { number: number; draftRef: string; proposalRef: string | null; stage: ModificationStage; version: number } };

/** SECAS's controls on the overview (the page shows them only to those who may manage modifications; the commands check again). */
export function LifecyclePanel({ m }: Props) {
  const today = londonDateAndTime(new Date()).date;
  const stages = NEXT_STAGES[m.stage].map((s) => ({ value: s, label: STAGE_LABELS[s] }));
  return (
    <section aria-labelledby="manage" className="space-y-4">
      <h2 id="manage" className="text-xl font-bold">Manage this modification</h2>
      <div className="flex flex-wrap gap-2">
        <ButtonLink variant="secondary" href={modificationPath(m, "sections", "edit")}>Edit sections</ButtonLink>
      </div>
      {!m.proposalRef && <ConvertForm action={convertAction.bind(null, m.draftRef)} version={m.version} proposalRef={`MP${m.number}`} today={today} />}
      {stages.length > 0 ? (
        <MoveStageForm action={moveStageAction.bind(null, m.draftRef)} version={m.version} stages={stages} today={today} />
      ) : (
        <p>{STAGE_LABELS[m.stage]} is the end of a modification&apos;s life: its stage no longer changes.</p>
      )}
      <DocumentUploadForm
        action={attachDocumentAction.bind(null, m.draftRef)}
        kinds={Object.entries(DOCUMENT_KIND_LABELS).map(([value, label]) => ({ value, label }))}
        accept={ACCEPTED_EXTENSIONS}
        acceptText={ACCEPTED_TEXT}
        today={today}
      />
    </section>
  );
}
