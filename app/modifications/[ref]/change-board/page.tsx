import type { Metadata } from "next";
import { authorizePage, principalOf } from "@/lib/auth/authorize";
import { can } from "@/lib/auth/permissions";
import { cachedChangeBoard } from "@/lib/cache/public-pages";
import { CHANGE_BOARD_GROUPS } from "@/lib/change-board/counting-rule";
import { findChangeBoard } from "@/lib/change-board/find-change-board";
import { CHANGE_BOARD_GROUP_LABELS, DECISION_MAKER_LABELS, DECISION_OUTCOME_LABELS, releaseLabel, VOTE_LABELS } from "@/lib/change-board/labels";
import { reportsForVote } from "@/lib/change-board/report-for-vote";
import { db } from "@/lib/db";
import { currentRef, modificationPath } from "@/lib/modifications/refs";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { Button } from "@/components/button";
import { ChangeBoardMeetingForm, ChangeBoardVoteForm, DecisionForm } from "@/components/change-board-forms";
import { ChangeBoardMeetingSummary, CountingRuleNote, DecisionSummary } from "@/components/change-board-summary";
import { ModificationTabs } from "@/components/modification-tabs";
import { Notice } from "@/components/notice";
import { ProblemAlert } from "@/components/problem-alert";
import { loadModification, modificationCrumbs, modificationTabs } from "../load";
import { closeMeetingAction, recordDecisionAction, recordMeetingAction, recordVoteAction } from "./actions";

type Props = PageProps<"/modifications/[ref]/change-board">;

const SAVED: Record<string, string> = {
  meeting: "Meeting recorded: add the votes of the members present.",
  vote: "Vote recorded.",
  closed: "Meeting closed: its recommendation is computed and published.",
  decision: "Decision recorded.",
};
const options = <K extends string>(labels: Record<K, string>, keys = Object.keys(labels) as K[]) => keys.map((value) => ({ value, label: labels[value] }));
/** The June and November releases of this year and the next three. */
const releases = (now: Date) =>
  Array.from({ length: 4 }, (_, i) => now.getUTCFullYear() + i).flatMap((y) => [`${y}-06`, `${y}-11`].map((value) => ({ value, label: releaseLabel(value) })));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `Change Board · ${(await params).ref.toUpperCase()}` };
}

export default async function ChangeBoardPage({ params, searchParams }: Props) {
  const { ref } = await params;
  const user = await authorizePage("changeBoard.read", `/modifications/${ref}/change-board`);
  const m = await loadModification(ref);
  const manages = can(principalOf(user), "changeBoard.manage");
  // Everyone else reads the published record (closed meetings, the decision) from the shared cache;
  // SECAS reads it afresh, with the open meetings being recorded.
  const record = manages
    ? await findChangeBoard(db(), m.id, { includeOpen: true })
    : await cachedChangeBoard(m.id);
  const reports = manages ? await reportsForVote(db(), m.id) : [];
  const query = await searchParams;
  const { saved } = query;
  const savedText = typeof saved === "string" && Object.hasOwn(SAVED, saved) ? SAVED[saved] : null;
  const here = modificationPath(m, "change-board");
  const decidable = manages && !record.decision ? record.meetings.find((meeting) => meeting.closedAt) : undefined;

  return (
    <>
      <Breadcrumbs items={[...modificationCrumbs(m), { label: "Change Board" }]} />
      <h1 className="mb-4 text-3xl font-bold">{currentRef(m)} Change Board</h1>
      <ModificationTabs tabs={modificationTabs(m, user)} current={here} />
      {savedText && <Notice tone="success">{savedText}</Notice>}
      <ProblemAlert query={query} />
      <p className="mb-4 max-w-3xl">
        The Change Board considers the Modification Report v1.0 with its consultation responses. Each member present votes to approve, reject or abstain,
        with a rationale, in their Party Category voting group. Under self-governance the Board decides; on an Authority-led path it recommends and Ofgem
        decides.
      </p>
      {record.decision && <DecisionSummary decision={record.decision} />}
      {record.meetings.length === 0 ? (
        <>
          <p className="mb-4 italic">No Change Board meeting is recorded yet.</p>
          <CountingRuleNote />
        </>
      ) : (
        record.meetings.map((meeting) => (
          <div key={meeting.id}>
            <ChangeBoardMeetingSummary meeting={meeting} />
            {manages && !meeting.closedAt && (
              <>
                <ChangeBoardVoteForm
                  action={recordVoteAction.bind(null, m.draftRef, meeting.id)}
                  reference={meeting.reference}
                  groups={options(CHANGE_BOARD_GROUP_LABELS, [...CHANGE_BOARD_GROUPS])}
                  votes={options(VOTE_LABELS)}
                />
                <form action={closeMeetingAction.bind(null, m.draftRef, meeting.id)} className="mb-8">
                  <input type="hidden" name="expectedVersion" value={meeting.version} />
                  <Button variant="secondary">Close meeting {meeting.reference} and compute its recommendation</Button>
                </form>
              </>
            )}
          </div>
        ))
      )}
      {decidable && (
        <DecisionForm
          action={recordDecisionAction.bind(null, m.draftRef, decidable.id)}
          makers={options(DECISION_MAKER_LABELS)}
          outcomes={options(DECISION_OUTCOME_LABELS)}
          releases={releases(new Date())}
        />
      )}
      {manages &&
        (reports.length > 0 ? (
          <ChangeBoardMeetingForm action={recordMeetingAction.bind(null, m.draftRef)} reports={reports.map((r) => ({ value: r.id, label: r.label }))} />
        ) : (
          <p className="italic">A Change Board meeting can be recorded once the Modification Report v1.0 is published.</p>
        ))}
    </>
  );
}
