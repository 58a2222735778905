import "server-only";
import type { RequirementStatus } from "@/lib/generated/prisma/enums";
import { CHANGE_NOTE, EVERYONE, field, REF, TITLE, VERSION, type EventKinds, type InModification, type Noted, type AuditEventKind } from "../event-kind";
import { REQUIREMENT_STATUS_LABELS } from "@/lib/labels";

/* Requirements, Service Requests and baselines: what each event holds, and how the audit page reads it. */

type RequirementState = { title: string; body: string; status: RequirementStatus; areaId: string; position: number; version: number };
type ServiceRequestState = { eligibleForMdr: boolean; targetResponseTime: string; testingScenario: string; illustrative: boolean; version: number };
/** A new version of a requirement: an edit, a status change, a link added or removed (save-requirement-version.ts). */
type RequirementVersioned = InModification<"Requirement"> & { before: RequirementState; after: RequirementState & Noted & { addresses?: string[] } };

export type RequirementPayloads = {
  "requirement.created": InModification<"Requirement"> & { after: Omit<RequirementState, "position"> & Noted & { ref: string } };
  "requirement.updated": RequirementVersioned;
  "requirement.statusChanged": RequirementVersioned;
  "requirement.linked": RequirementVersioned;
  "requirement.unlinked": RequirementVersioned;
  /** Order in an area is not part of a requirement's text: no version. */
  "requirement.moved": InModification<"Requirement"> & { before: { position: number }; after: { position: number; swappedWith: string } };
  "requirements.imported": InModification<"Modification"> & {
    after: { fileName: string; created: number; updated: number; unchanged: number; createdRefs: string[]; updatedRefs: string[] };
  };
  "serviceRequest.updated": InModification<"ServiceRequest"> & { before: ServiceRequestState; after: ServiceRequestState & Noted };
  /** `versions`: the version of each requirement frozen, by reference. */
  "baseline.created": InModification<"Baseline"> & { after: { id: string; name: string; description: string | null; versions: Record<string, number> } };
};

const STATUS = field("Status", REQUIREMENT_STATUS_LABELS);
const AREA = field("Area", "name");
const TEXT = field("Text");
const POSITION = field("Place in its area", "number");
const REQUIREMENT_VERSION_FIELDS = {
  title: TITLE,
  status: STATUS,
  areaId: AREA,
  body: TEXT,
  position: POSITION,
  changeNote: CHANGE_NOTE,
  /** The comment threads (C-n) the edit said it addresses. */
  addresses: field("Addresses", "list"),
  version: VERSION,
};
const requirementVersioned = (label: string): AuditEventKind<"requirement.updated"> => ({
  label,
  subject: "Requirement",
  entityType: "Requirement",
  fields: REQUIREMENT_VERSION_FIELDS,
  visibleTo: EVERYONE,
});

export const REQUIREMENT_EVENTS: EventKinds<RequirementPayloads> = {
  "requirement.created": {
    label: "Requirement created",
    subject: "Requirement",
    entityType: "Requirement",
    fields: { ref: REF, title: TITLE, status: STATUS, areaId: AREA, body: TEXT, changeNote: CHANGE_NOTE, version: VERSION },
    visibleTo: EVERYONE,
  },
  "requirement.updated": requirementVersioned("Requirement edited"),
  "requirement.statusChanged": requirementVersioned("Status changed"),
  "requirement.linked": requirementVersioned("Trace link added"),
  "requirement.unlinked": requirementVersioned("Trace link removed"),
  "requirement.moved": {
    label: "Requirement moved",
    subject: "Requirement",
    entityType: "Requirement",
    fields: { position: POSITION, swappedWith: field("Swapped with") },
    visibleTo: EVERYONE,
  },
  "requirements.imported": {
    label: "Requirements imported",
    subject: "Requirements",
    entityType: "Modification",
    fields: {
      fileName: field("File"),
      created: field("Added", "number"),
      updated: field("Changed", "number"),
      unchanged: field("Unchanged", "number"),
      createdRefs: field("Added requirements", "list"),
      updatedRefs: field("Changed requirements", "list"),
    },
    visibleTo: EVERYONE,
  },
  "serviceRequest.updated": {
    label: "Service Request edited",
    subject: "Service Request",
    entityType: "ServiceRequest",
    fields: {
      eligibleForMdr: field("Eligible for the MDR User Role", "yesNo"),
      targetResponseTime: field("Target Response Time"),
      testingScenario: field("Testing scenario"),
      illustrative: field("Illustrative", "yesNo"),
      changeNote: CHANGE_NOTE,
      version: VERSION,
    },
    visibleTo: EVERYONE,
  },
  "baseline.created": {
    label: "Baseline frozen",
    subject: "Baseline",
    entityType: "Baseline",
    fields: { name: field("Name"), description: field("Description"), versions: field("Requirement versions", "versions"), id: field("Baseline id") },
    visibleTo: EVERYONE,
  },
};
