import type { CurrentUser } from "@/lib/auth/current-user";
import { closeChangeBoardMeeting } from "@/lib/change-board/close-change-board-meeting";
import { recordChangeBoardMeeting } from "@/lib/change-board/record-change-board-meeting";
import { recordChangeBoardVote } from "@/lib/change-board/record-change-board-vote";
import { recordDecision } from "@/lib/change-board/record-decision";
import { db } from "@/lib/db";
import { createReportDraft } from "@/lib/reports/create-report-draft";
import { editReportNarrative } from "@/lib/reports/edit-report-narrative";
import { publishReport } from "@/lib/reports/publish-report";
import { refreshGeneratedSections } from "@/lib/reports/refresh-generated-sections";
import { createModificationReport, voteFields } from "../change-board";
import type { Actors, CommandCase } from "./case";

/*
 * The report and Change Board commands' cases for lib/commands.test.ts: a published v1.0 of
 * `modificationId` with Change Board meetings — one open to take votes, one with a vote to close,
 * one closed to decide on. Publishing runs on `publishOn`, a modification with no open major
 * threads (the comment cases leave some on the first, which rightly block publishing there).
 */
const state = { modificationId: "", publishOn: "", meetings: {} as Record<"forVotes" | "toClose" | "closed", string> };
/** Report numbers only go up, and meeting references and members are unique: one counter for them all. */
let counter = 0;

export async function prepareReportCases(modificationId: string, publishOn: string, actors: Actors): Promise<void> {
  Object.assign(state, { modificationId, publishOn });
  await createModificationReport(modificationId);
  for (const key of ["forVotes", "toClose", "closed"] as const) {
    state.meetings[key] = (await recordChangeBoardMeeting(db(), actors.SECAS, { modificationId, fields: { reportId: await reportV1(), reference: `CB-${key}`, heldOn: "2027-03-04" } })).id;
  }
  for (const key of ["toClose", "closed"] as const) {
    await recordChangeBoardVote(db(), actors.SECAS, { modificationId, meetingId: state.meetings[key], fields: voteFields("Ann Large", "LARGE_SUPPLIER", "APPROVE") });
  }
  await closeChangeBoardMeeting(db(), actors.SECAS, { modificationId, meetingId: state.meetings.closed, expectedVersion: await meetingVersion(state.meetings.closed) });
}

const reportV1 = async () => (await db().report.findFirstOrThrow({ where: { modificationId: state.modificationId, number: "1.0" }, select: { id: true } })).id;
const meetingVersion = async (id: string) => (await db().changeBoardMeeting.findUniqueOrThrow({ where: { id }, select: { version: true } })).version;
const nextNumber = () => `${10 + ++counter}.0`;

/**
 * A fresh draft report for a principal who may draft and publish (SECAS), made just before the
 * command; for anyone else a made-up id, since the command refuses before it reads the row — so a
 * refusal writes nothing, not even the draft.
 */
async function reportDraftFor(actor: CurrentUser | null, modificationId = state.modificationId): Promise<string> {
  if (actor?.role !== "SECAS") return "no-report";
  return (await createReportDraft(db(), actor, { modificationId, number: nextNumber(), baselineId: null })).id;
}

export function reportCases(): CommandCase[] {
  const on = () => ({ modificationId: state.modificationId });
  return [
    {
      command: createReportDraft,
      actions: ["report.draft"],
      run: (actor) => createReportDraft(db(), actor, { ...on(), number: nextNumber(), baselineId: null }),
    },
    {
      command: editReportNarrative,
      actions: ["report.draft"],
      run: async (actor) => {
        const narrative = { summary: "Edited", issue: "", solution: "", implementation: "", assessment: "", workingGroupViews: "" };
        return editReportNarrative(db(), actor, { ...on(), reportId: await reportDraftFor(actor), expectedVersion: 1, narrative });
      },
    },
    {
      command: refreshGeneratedSections,
      actions: ["report.draft"],
      run: async (actor) => refreshGeneratedSections(db(), actor, { ...on(), reportId: await reportDraftFor(actor), expectedVersion: 1 }),
    },
    {
      command: publishReport,
      actions: ["report.publish"],
      run: async (actor) => publishReport(db(), actor, { modificationId: state.publishOn, reportId: await reportDraftFor(actor, state.publishOn), expectedVersion: 1 }),
    },
    {
      command: recordChangeBoardMeeting,
      actions: ["changeBoard.manage"],
      run: async (actor) => recordChangeBoardMeeting(db(), actor, { ...on(), fields: { reportId: await reportV1(), reference: `CB-${++counter}`, heldOn: "2027-03-04" } }),
    },
    {
      command: recordChangeBoardVote,
      actions: ["changeBoard.manage"],
      run: async (actor) => recordChangeBoardVote(db(), actor, { ...on(), meetingId: state.meetings.forVotes, fields: voteFields(`Member ${++counter}`, "CONSUMER", "APPROVE") }),
    },
    {
      command: closeChangeBoardMeeting,
      actions: ["changeBoard.manage"],
      run: async (actor) => closeChangeBoardMeeting(db(), actor, { ...on(), meetingId: state.meetings.toClose, expectedVersion: await meetingVersion(state.meetings.toClose) }),
    },
    {
      command: recordDecision,
      actions: ["changeBoard.manage"],
      run: (actor) =>
        recordDecision(db(), actor, {
          ...on(),
          meetingId: state.meetings.closed,
          fields: { decidedBy: "OFGEM", outcome: "APPROVED", decidedOn: "2027-04-01", reference: "Decision letter", implementationRelease: "2027-11" },
        }),
    },
  ];
}
