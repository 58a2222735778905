import "server-only";
import type { ChangeBoardGroup, ChangeBoardRecommendation, ChangeBoardVoteChoice, DecisionMaker, DecisionOutcome } from "@/lib/generated/prisma/enums";
import { EVERYONE, field, REF, VERSION, type EventKinds, type InModification } from "../event-kind";
import { CHANGE_BOARD_GROUP_LABELS, DECISION_MAKER_LABELS, DECISION_OUTCOME_LABELS, RECOMMENDATION_LABELS, VOTE_LABELS } from "@/lib/change-board/labels";

/* Modification Reports, the Change Board and the decision: what each event holds, and how the audit page reads it. */

type ReportNarrative = { summary: string; issue: string; solution: string; implementation: string; assessment: string; workingGroupViews: string };

export type ReportPayloads = {
  /** A new version of the modification's report, v0.1, v0.2 …: its narrative starts as the previous version's. */
  "report.drafted": InModification<"Report"> & { after: { number: string; baselineId: string | null; generatedAt: string; version: number } };
  /** Only the sections that changed, before and after. */
  "report.narrativeEdited": InModification<"Report"> & { before: Partial<ReportNarrative> & { version: number }; after: Partial<ReportNarrative> & { number: string; version: number } };
  "report.refreshed": InModification<"Report"> & {
    before: { baselineId: string | null; generatedAt: string; version: number };
    after: { number: string; baselineId: string | null; generatedAt: string; version: number };
  };
  /** Frozen: the content's hash and each stored file's. */
  "report.published": InModification<"Report"> & { after: { number: string; publishedAt: string; contentSha256: string; files: Record<string, string>; version: number } };

  "changeBoard.meetingRecorded": InModification<"ChangeBoardMeeting"> & { after: { reference: string; heldOn: string; report: string; version: number } };
  "changeBoard.voteRecorded": InModification<"ChangeBoardVote"> & {
    after: { meeting: string; memberName: string; organisation: string | null; votingGroup: ChangeBoardGroup; vote: ChangeBoardVoteChoice; rationale: string };
  };
  "changeBoard.meetingClosed": InModification<"ChangeBoardMeeting"> & {
    before: { version: number };
    after: { recommendation: ChangeBoardRecommendation; closedAt: string; votes: number; version: number };
  };
  "decision.recorded": InModification<"ModificationDecision"> & {
    after: { decidedBy: DecisionMaker; outcome: DecisionOutcome; decidedOn: string; reference: string; implementationRelease: string | null };
  };
};

const REPORT_NUMBER = field("Report version");
/**
 * A meeting recorded and its votes: SECAS's only. Others see a meeting on the Change Board page once
 * it is closed (find-change-board.ts), every vote with it, and its "meeting closed" event here; these
 * events do not say whether their meeting has closed since, so they stay hidden (failing closed).
 */
const OPEN_MEETING = { to: "permitted", permission: "changeBoard.manage" } as const;

export const REPORT_EVENTS: EventKinds<ReportPayloads> = {
  "report.drafted": {
    label: "Report version drafted",
    subject: "Modification Report",
    entityType: "Report",
    fields: { number: REPORT_NUMBER, baselineId: field("Baseline", "name"), generatedAt: field("Data read", "dateTime"), version: VERSION },
    visibleTo: EVERYONE,
  },
  "report.narrativeEdited": {
    label: "Report narrative edited",
    subject: "Modification Report",
    entityType: "Report",
    fields: {
      number: REPORT_NUMBER,
      summary: field("Summary"),
      issue: field("Issue"),
      solution: field("Solution"),
      implementation: field("Implementation approach"),
      assessment: field("Assessment against the General SEC Objectives"),
      workingGroupViews: field("Working Group's views"),
      version: VERSION,
    },
    visibleTo: EVERYONE,
  },
  "report.refreshed": {
    label: "Report's generated sections refreshed",
    subject: "Modification Report",
    entityType: "Report",
    fields: { number: REPORT_NUMBER, baselineId: field("Baseline", "name"), generatedAt: field("Data read", "dateTime"), version: VERSION },
    visibleTo: EVERYONE,
  },
  "report.published": {
    label: "Report version published",
    subject: "Modification Report",
    entityType: "Report",
    fields: {
      number: REPORT_NUMBER,
      publishedAt: field("Published", "dateTime"),
      contentSha256: field("Content SHA-256"),
      files: field("Files (SHA-256)"),
      version: VERSION,
    },
    visibleTo: EVERYONE,
  },

  "changeBoard.meetingRecorded": {
    label: "Change Board meeting recorded",
    subject: "Change Board meeting",
    entityType: "ChangeBoardMeeting",
    fields: { reference: REF, heldOn: field("Held on"), report: field("Report"), version: VERSION },
    visibleTo: OPEN_MEETING,
  },
  "changeBoard.voteRecorded": {
    label: "Change Board vote recorded",
    subject: "Change Board vote",
    entityType: "ChangeBoardVote",
    fields: {
      meeting: field("Meeting"),
      memberName: field("Member"),
      organisation: field("Organisation"),
      votingGroup: field("Voting group", CHANGE_BOARD_GROUP_LABELS),
      vote: field("Vote", VOTE_LABELS),
      rationale: field("Rationale"),
    },
    visibleTo: OPEN_MEETING,
  },
  "changeBoard.meetingClosed": {
    label: "Change Board meeting closed",
    subject: "Change Board meeting",
    entityType: "ChangeBoardMeeting",
    fields: { recommendation: field("Recommendation", RECOMMENDATION_LABELS), closedAt: field("Closed", "dateTime"), votes: field("Votes counted", "number"), version: VERSION },
    visibleTo: EVERYONE,
  },
  "decision.recorded": {
    label: "Decision recorded",
    subject: "Decision",
    entityType: "ModificationDecision",
    fields: {
      decidedBy: field("Decided by", DECISION_MAKER_LABELS),
      outcome: field("Decision", DECISION_OUTCOME_LABELS),
      decidedOn: field("Decided on"),
      reference: REF,
      implementationRelease: field("Implementation release"),
    },
    visibleTo: EVERYONE,
  },
};
