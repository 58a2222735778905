import type { ChangeBoardMeetingRecord, ChangeBoardRecord } from "@/lib/change-board/find-change-board";
import { CHANGE_BOARD_GROUPS, CHANGE_BOARD_RULE, countVotes, type CountingRule } from "@/lib/change-board/counting-rule";
import {
  CHANGE_BOARD_GROUP_LABELS,
  DECISION_MAKER_LABELS,
  DECISION_OUTCOME_LABELS,
  GROUP_POSITION_LABELS,
  RECOMMENDATION_LABELS,
  releaseLabel,
  VOTE_LABELS,
} from "@/lib/change-board/labels";
import { formatDate } from "@/lib/labels";
import { Badge } from "./badge";
import { Notice } from "./notice";
import { TableHead } from "./table-head";

/**
 * A Change Board meeting as published: the members present by voting group with their votes and
 * rationales, each group's position, the recommendation with the rule that gave it. Used by the
 * Change Board page and by the published report page ("published with the report").
 * `headingLevel`: 2 on its own page, 3 inside a report section.
 */
export function ChangeBoardMeetingSummary({ meeting, headingLevel = 2 }: { meeting: ChangeBoardMeetingRecord; headingLevel?: 2 | 3 }) {
  const H = headingLevel === 2 ? "h2" : "h3";
  const Sub = headingLevel === 2 ? "h3" : "h4";
  // A closed meeting shows the tally frozen at closing; an open one the count so far.
  const tally = meeting.tally ?? countVotes(meeting.votes);
  const id = `meeting-${meeting.id}`;
  return (
    <section aria-labelledby={id} className="mb-8 bg-white p-4">
      <H id={id} className="mb-1 text-xl font-bold">
        Change Board meeting {meeting.reference}, {formatDate(meeting.heldOn)}{" "}
        {meeting.closedAt ? <Badge tone="neutral">Closed</Badge> : <Badge tone="warning">Open: votes being recorded</Badge>}
      </H>
      <p className="mb-3 text-slate-700">Considered Modification Report v{meeting.report.number}.</p>
      {meeting.votes.length === 0 ? (
        <p className="italic">No votes recorded yet.</p>
      ) : (
        <table className="mb-4 w-full border-collapse text-left">
          <caption className="sr-only">Votes of the members present, by voting group</caption>
          <TableHead columns={[{ label: "Voting group", className: "w-40" }, "Member", { label: "Vote", className: "w-24" }, "Rationale"]} />
          <tbody>
            {meeting.votes.map((v) => (
              <tr key={v.id} className="border-b border-slate-200 align-top">
                <td className="p-2">{CHANGE_BOARD_GROUP_LABELS[v.votingGroup]}</td>
                <td className="p-2">
                  {v.memberName}
                  {v.organisation && <span className="block text-sm text-slate-700">{v.organisation}</span>}
                </td>
                <td className="p-2 font-semibold">{VOTE_LABELS[v.vote]}</td>
                <td className="p-2 whitespace-pre-line">{v.rationale}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Sub className="mb-2 font-bold">By voting group</Sub>
      <table className="mb-4 w-full border-collapse text-left">
        <caption className="sr-only">Each voting group&apos;s votes and position</caption>
        <TableHead columns={["Voting group", "Approve", "Reject", "Abstain", "Group's position"]} />
        <tbody>
          {CHANGE_BOARD_GROUPS.map((group) => {
            const g = tally.groups.find((t) => t.group === group);
            return (
              <tr key={group} className="border-b border-slate-200">
                <td className="p-2">{CHANGE_BOARD_GROUP_LABELS[group]}</td>
                <td className="p-2">{g?.approve ?? 0}</td>
                <td className="p-2">{g?.reject ?? 0}</td>
                <td className="p-2">{g?.abstain ?? 0}</td>
                <td className="p-2">{GROUP_POSITION_LABELS[g?.position ?? "NO_VOTES"]}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="mb-2">
        <span className="font-semibold">{meeting.closedAt ? "Recommendation" : "Recommendation if closed now"}:</span>{" "}
        {RECOMMENDATION_LABELS[meeting.recommendation ?? tally.recommendation]}
      </p>
      <CountingRuleNote rule={tally.rule} />
    </section>
  );
}

/** How the recommendation was counted, and that the rule is still to be confirmed. */
export function CountingRuleNote({ rule = CHANGE_BOARD_RULE }: { rule?: CountingRule }) {
  const whose = rule.boardRecommendsWhen === "majorityOfAllGroups" ? "a majority of all five voting groups" : "a majority of the voting groups that voted";
  const abstentions = rule.abstentions === "countAsReject" ? "abstentions count as votes to reject" : "abstentions are not counted";
  return (
    <Notice tone="warning" className="mt-2">
      Counting rule{rule.toConfirm ? " (to be confirmed)" : ""}: each voting group decides by a simple majority of its members&apos; votes ({abstentions}); the
      Board recommends approval when {whose} approve.
    </Notice>
  );
}

/** The decision on the modification: who decided, when, its reference and the release implementing it. */
export function DecisionSummary({ decision, headingLevel = 2 }: { decision: NonNullable<ChangeBoardRecord["decision"]>; headingLevel?: 2 | 3 }) {
  const H = headingLevel === 2 ? "h2" : "h3";
  return (
    <section aria-labelledby="decision" className="mb-8 border-l-4 border-brand bg-white p-4">
      <H id="decision" className="mb-2 text-xl font-bold">
        Decision: {DECISION_OUTCOME_LABELS[decision.outcome]}
      </H>
      <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1">
        <dt className="font-semibold">Decided by</dt>
        <dd>{DECISION_MAKER_LABELS[decision.decidedBy]}</dd>
        <dt className="font-semibold">Date</dt>
        <dd>{formatDate(decision.decidedOn)}</dd>
        <dt className="font-semibold">Reference</dt>
        <dd>{decision.reference}</dd>
        <dt className="font-semibold">Implementation</dt>
        <dd>{decision.implementationRelease ? releaseLabel(decision.implementationRelease) : "None (rejected)"}</dd>
      </dl>
    </section>
  );
}

/** The whole Change Board record for a published report page: its closed meetings and the decision. Renders nothing when there is none. */
export function ChangeBoardSummary({ record }: { record: ChangeBoardRecord }) {
  const closed = record.meetings.filter((m) => m.closedAt);
  if (closed.length === 0 && !record.decision) return null;
  return (
    <div>
      {closed.map((m) => (
        <ChangeBoardMeetingSummary key={m.id} meeting={m} headingLevel={3} />
      ))}
      {record.decision && <DecisionSummary decision={record.decision} headingLevel={3} />}
    </div>
  );
}
