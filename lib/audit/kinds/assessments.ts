import "server-only";
import type { DccAssessmentKind, DccAssessmentStatus } from "@/lib/generated/prisma/enums";
import { CHANGE_NOTE, field, VERSION, type EventKinds, type InModification, type Noted } from "../event-kind";
import { DCC_ASSESSMENT_KIND_LABELS, DCC_ASSESSMENT_STATUS_LABELS } from "@/lib/assessments/labels";

/* DCC Preliminary and Impact Assessments: what each event holds, and how the audit page reads it. */

type DccFigures = {
  designAndBuild: string;
  testing: string;
  implementation: string;
  ongoingPerYear: string;
  leadTimeWeeks: number;
  earliestRelease: string;
  systems: string[];
  assumptions: string;
  validUntil: string;
};

export type AssessmentPayloads = {
  /** SECAS asked the DCC for an assessment of a baseline (`baseline`: its name), due on a date (YYYY-MM-DD). */
  "dccAssessment.requested": InModification<"DccAssessment"> & {
    after: { kind: DccAssessmentKind; baselineId: string; dueOn: string; request: string; status: DccAssessmentStatus; version: number };
  };
  /** A version of the DCC's figures: amounts as written in pounds ("£120,000"), the release as "2027-06". */
  "dccAssessment.versionRecorded": InModification<"DccAssessment"> & {
    before: { status: DccAssessmentStatus; version: number };
    after: DccFigures & Noted & { number: number; status: DccAssessmentStatus; version: number };
  };
  /** A newer assessment (`supersededBy`: its kind and date) was received. */
  "dccAssessment.superseded": InModification<"DccAssessment"> & {
    before: { status: DccAssessmentStatus; version: number };
    after: { status: DccAssessmentStatus; supersededBy: string; version: number };
  };
};

/** DCC assessments: those who may read them (the overview's public summary is not the audit). */
const IMPACT_READERS = { to: "permitted", permission: "impact.read" } as const;

const STATUS = field("Status", DCC_ASSESSMENT_STATUS_LABELS);

export const ASSESSMENT_EVENTS: EventKinds<AssessmentPayloads> = {
  "dccAssessment.requested": {
    label: "Assessment requested",
    subject: "DCC assessment",
    entityType: "DccAssessment",
    fields: { kind: field("Kind", DCC_ASSESSMENT_KIND_LABELS), baselineId: field("Baseline", "name"), dueOn: field("Due on"), request: field("Request"), status: STATUS, version: VERSION },
    visibleTo: IMPACT_READERS,
  },
  "dccAssessment.versionRecorded": {
    label: "Assessment version recorded",
    subject: "DCC assessment",
    entityType: "DccAssessment",
    fields: {
      number: field("Assessment version", "number"),
      designAndBuild: field("Design and build"),
      testing: field("Testing"),
      implementation: field("Implementation"),
      ongoingPerYear: field("Ongoing per year"),
      leadTimeWeeks: field("Lead time (weeks)", "number"),
      earliestRelease: field("Earliest release"),
      systems: field("Impacted systems and services", "list"),
      assumptions: field("Assumptions"),
      validUntil: field("Valid until"),
      changeNote: CHANGE_NOTE,
      status: STATUS,
      version: VERSION,
    },
    visibleTo: IMPACT_READERS,
  },
  "dccAssessment.superseded": {
    label: "Assessment superseded",
    subject: "DCC assessment",
    entityType: "DccAssessment",
    fields: { status: STATUS, supersededBy: field("Superseded by"), version: VERSION },
    visibleTo: IMPACT_READERS,
  },
};
