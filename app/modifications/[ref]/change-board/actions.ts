"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { formValues, performMutation } from "@/lib/actions/perform-mutation";
import type { FormState } from "@/lib/actions/form-state";
import { problemQuery } from "@/lib/actions/problems";
import { closeChangeBoardMeeting } from "@/lib/change-board/close-change-board-meeting";
import { recordChangeBoardMeeting } from "@/lib/change-board/record-change-board-meeting";
import { recordChangeBoardVote } from "@/lib/change-board/record-change-board-vote";
import { recordDecision } from "@/lib/change-board/record-decision";
import { decisionSchema, meetingSchema, voteSchema } from "@/lib/change-board/schemas";
import { db } from "@/lib/db";
import { getModificationByRef } from "@/lib/modifications/get-modification";
import { modificationPath } from "@/lib/modifications/refs";
import { expectedVersionSchema } from "@/lib/versioning/schemas";

// Bound by the page to the modification's ref (and the meeting's id): a form carries no
// modification id to tamper with; the commands find the meeting WHERE id AND modificationId.
// The public pages the commands change are expired by performMutation (lib/cache).

const page = (ref: string) => modificationPath({ draftRef: ref }, "change-board");

export async function recordMeetingAction(ref: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const outcome = await performMutation(
    meetingSchema,
    formData,
    async (actor, fields) => recordChangeBoardMeeting(db(), actor, { modificationId: (await getModificationByRef(db(), ref)).id, fields }),
    formValues("reportId", "reference", "heldOn"),
  );
  if (!outcome.ok) return outcome.state;
  redirect(`${page(ref)}?saved=meeting`);
}

export async function recordVoteAction(ref: string, meetingId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const outcome = await performMutation(
    voteSchema,
    formData,
    async (actor, fields) => recordChangeBoardVote(db(), actor, { modificationId: (await getModificationByRef(db(), ref)).id, meetingId, fields }),
    formValues("memberName", "organisation", "votingGroup", "vote", "rationale"),
  );
  if (!outcome.ok) return outcome.state;
  redirect(`${page(ref)}?saved=vote#meeting-${meetingId}`);
}

/** The "Close the meeting" button: a plain form; a refusal comes back as ?problem=. */
export async function closeMeetingAction(ref: string, meetingId: string, formData: FormData): Promise<void> {
  const outcome = await performMutation(z.object({ expectedVersion: expectedVersionSchema }), formData, async (actor, { expectedVersion }) =>
    closeChangeBoardMeeting(db(), actor, { modificationId: (await getModificationByRef(db(), ref)).id, meetingId, expectedVersion }),
  );
  if (!outcome.ok) redirect(`${page(ref)}?${await problemQuery(outcome.state)}`);
  redirect(`${page(ref)}?saved=closed`);
}

export async function recordDecisionAction(ref: string, meetingId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const outcome = await performMutation(
    decisionSchema,
    formData,
    async (actor, fields) => recordDecision(db(), actor, { modificationId: (await getModificationByRef(db(), ref)).id, meetingId, fields }),
    formValues("decidedBy", "outcome", "decidedOn", "reference", "implementationRelease"),
  );
  if (!outcome.ok) return outcome.state;
  redirect(`${page(ref)}?saved=decision`);
}
