"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { performMutation } from "@/lib/actions/perform-mutation";
import type { FormState } from "@/lib/actions/form-state";
import { problemQuery } from "@/lib/actions/problems";
import { enterResponseOnBehalf } from "@/lib/consultation-responses/enter-response-on-behalf";
import { responseFieldsFromForm, responseFormValues } from "@/lib/consultation-responses/response-form";
import { saveResponseDraft } from "@/lib/consultation-responses/save-response-draft";
import { submitResponse } from "@/lib/consultation-responses/submit-response";
import { withdrawResponse } from "@/lib/consultation-responses/withdraw-response";
import { londonInstant } from "@/lib/dates/london";
import { db } from "@/lib/db";
import { getModificationByRef } from "@/lib/modifications/get-modification";
import { modificationPath } from "@/lib/modifications/refs";

// Bound by the page to the modification's ref and the consultation's id (and, for SECAS, the
// organisation chosen in the address): the form carries no organisation. A party respondent always
// answers for their own organisation, read from their account; the commands check the rest.

/** The version travels as text ("" before the first save); the commands parse it with the answers. */
const envelope = z.object({ expectedVersion: z.string().max(12).optional() });
const respondPage = (m: { draftRef: string }, consultationId: string) => modificationPath(m, "consultations", consultationId, "respond");

/** "Save draft" and "Submit": the same form, the pressed button's intent. */
export async function respondAction(ref: string, consultationId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const submitting = formData.get("intent") === "submit";
  const outcome = await performMutation(
    envelope,
    formData,
    async (actor, { expectedVersion }) => {
      const m = await getModificationByRef(db(), ref);
      const input = { modificationId: m.id, consultationId, organisationId: actor?.organisationId ?? "", expectedVersion: expectedVersion ?? null, fields: responseFieldsFromForm(formData) };
      await (submitting ? submitResponse : saveResponseDraft)(db(), actor, input);
      return respondPage(m, consultationId);
    },
    responseFormValues,
  );
  if (!outcome.ok) return outcome.state;
  revalidatePath(outcome.result);
  redirect(`${outcome.result}?saved=${submitting ? "submitted" : "draft"}`);
}

/** "Withdraw": a form of its own; a refusal comes back as ?problem=. */
export async function withdrawResponseAction(ref: string, consultationId: string, formData: FormData): Promise<void> {
  const page = respondPage({ draftRef: ref }, consultationId);
  const outcome = await performMutation(envelope, formData, async (actor, { expectedVersion }) => {
    const m = await getModificationByRef(db(), ref);
    await withdrawResponse(db(), actor, { modificationId: m.id, consultationId, organisationId: actor?.organisationId ?? "", expectedVersion: expectedVersion ?? null });
  });
  revalidatePath(page);
  redirect(outcome.ok ? `${page}?saved=withdrawn` : `${page}?${await problemQuery(outcome.state)}`);
}

/** SECAS enters an emailed response for the organisation the page was opened for, as received on a London date and time. */
export async function enterResponseAction(ref: string, consultationId: string, organisationId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const outcome = await performMutation(
    envelope,
    formData,
    async (actor, { expectedVersion }) => {
      const m = await getModificationByRef(db(), ref);
      const receivedAt = londonInstant(formData.get("receivedDate"), formData.get("receivedTime")) ?? new Date(Number.NaN);
      const input = { modificationId: m.id, consultationId, organisationId, expectedVersion: expectedVersion ?? null, fields: responseFieldsFromForm(formData), receivedAt };
      await enterResponseOnBehalf(db(), actor, input);
      return `${respondPage(m, consultationId)}?organisation=${encodeURIComponent(organisationId)}`;
    },
    responseFormValues,
  );
  if (!outcome.ok) return outcome.state;
  revalidatePath(respondPage({ draftRef: ref }, consultationId));
  redirect(`${outcome.result}&saved=entered`);
}
