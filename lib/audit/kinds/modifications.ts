import "server-only";
import type { DocumentKind, ModificationPath, ModificationStage } from "@/lib/generated/prisma/enums";
import { CHANGE_NOTE, EVERYONE, field, REF, TITLE, VERSION, type EventKinds, type InModification, type Noted } from "../event-kind";
import { DOCUMENT_KIND_LABELS, PATH_LABELS, STAGE_LABELS } from "@/lib/labels";

/* The modification's lifecycle: raising, conversion, stages, overview, documents: what each event holds, and how the audit page reads it. */

/** A modification's overview sections as an edit records them: only the ones it changed. */
type OverviewTexts = Partial<Record<"summary" | "issue" | "solution" | "whoIsImpacted" | "secDocumentsAffected", string>>;

export type ModificationPayloads = {
  /** A Draft Proposal raised: its number, what was said of it, the stage it starts in (Development). */
  "modification.raised": InModification<"Modification"> & {
    after: { ref: string; title: string; proposer: string; path: ModificationPath | null; urgent: boolean; raisedOn: string; issue: string; stage: ModificationStage; version: number };
  };
  /** The Panel's decision: DPnnn became MPnnn, on a date, at a meeting. */
  "modification.converted": InModification<"Modification"> & {
    before: { proposalRef: null; version: number };
    after: { proposalRef: string; decidedOn: string; meeting: string; version: number };
  };
  "modification.stageMoved": InModification<"Modification"> & {
    before: { stage: ModificationStage; version: number };
    after: { stage: ModificationStage; movedOn: string; meeting: string; version: number };
  };
  /** The overview sections that changed (only those), with their text before and after. */
  "modification.sectionsEdited": InModification<"Modification"> & { before: OverviewTexts & { version: number }; after: OverviewTexts & Noted & { version: number } };
  "document.attached": InModification<"Document"> & {
    after: { title: string; kind: DocumentKind; publishedOn: string; note: string | null; fileName: string; contentType: string; size: number; sha256: string };
  };
};

export const MODIFICATION_EVENTS: EventKinds<ModificationPayloads> = {
  "modification.raised": {
    label: "Draft Proposal raised",
    subject: "Modification",
    entityType: "Modification",
    fields: {
      ref: REF,
      title: TITLE,
      proposer: field("Proposer"),
      path: field("Path", PATH_LABELS),
      urgent: field("Urgent", "yesNo"),
      raisedOn: field("Raised on"),
      issue: field("Issue"),
      stage: field("Stage", STAGE_LABELS),
      version: VERSION,
    },
    visibleTo: EVERYONE,
  },
  "modification.converted": {
    label: "Converted to a Modification Proposal",
    subject: "Modification",
    entityType: "Modification",
    fields: { proposalRef: field("Modification Proposal"), decidedOn: field("Panel decision on"), meeting: field("Meeting"), version: VERSION },
    visibleTo: EVERYONE,
  },
  "modification.stageMoved": {
    label: "Stage changed",
    subject: "Modification",
    entityType: "Modification",
    fields: { stage: field("Stage", STAGE_LABELS), movedOn: field("On"), meeting: field("Meeting"), version: VERSION },
    visibleTo: EVERYONE,
  },
  "modification.sectionsEdited": {
    label: "Overview edited",
    subject: "Modification",
    entityType: "Modification",
    fields: {
      summary: field("Summary"),
      issue: field("Issue"),
      solution: field("Solution"),
      whoIsImpacted: field("Who is impacted"),
      secDocumentsAffected: field("SEC documents affected"),
      changeNote: CHANGE_NOTE,
      version: VERSION,
    },
    visibleTo: EVERYONE,
  },
  "document.attached": {
    label: "Document attached",
    subject: "Document",
    entityType: "Document",
    fields: {
      title: TITLE,
      kind: field("Kind", DOCUMENT_KIND_LABELS),
      publishedOn: field("Published on"),
      note: field("Note"),
      fileName: field("File"),
      contentType: field("Type"),
      size: field("Size in bytes", "number"),
      sha256: field("SHA-256"),
    },
    visibleTo: EVERYONE,
  },
};
