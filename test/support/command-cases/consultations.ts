import type { CurrentUser } from "@/lib/auth/current-user";
import { enterResponseOnBehalf } from "@/lib/consultation-responses/enter-response-on-behalf";
import { saveResponseDraft } from "@/lib/consultation-responses/save-response-draft";
import { submitResponse } from "@/lib/consultation-responses/submit-response";
import { withdrawResponse } from "@/lib/consultation-responses/withdraw-response";
import { changeConsultationStatus } from "@/lib/consultations/change-consultation-status";
import { createConsultation } from "@/lib/consultations/create-consultation";
import { updateConsultation } from "@/lib/consultations/update-consultation";
import { db } from "@/lib/db";
import { Role } from "@/lib/generated/prisma/enums";
import { completeAnswers, createConsultation as createOpenConsultation, type TestConsultation } from "../consultations";
import { consultationFields, planConsultation, putConsultationInStatus } from "../plan-consultation";
import type { Actors, CommandCase } from "./case";

/*
 * The consultation setup and response commands' cases for lib/commands.test.ts: a planned
 * consultation to edit and one to open, an open one to close; and an open consultation for each
 * response command, the party respondent's (Kestrel Power's) response already submitted to the one
 * to withdraw.
 */
const state = {
  modificationId: "",
  actors: {} as Actors,
  setup: {} as Record<"toEdit" | "toOpen" | "toClose", string>,
  responses: {} as Record<"draft" | "submit" | "withdraw" | "onBehalf", TestConsultation>,
};

export async function prepareConsultationCases(modificationId: string, actors: Actors): Promise<void> {
  Object.assign(state, { modificationId, actors });
  for (const key of ["toEdit", "toOpen", "toClose"] as const) state.setup[key] = await planConsultation(actors.SECAS, modificationId);
  await putConsultationInStatus(state.setup.toClose, "OPEN");
  for (const key of ["draft", "submit", "withdraw", "onBehalf"] as const) state.responses[key] = await createOpenConsultation(modificationId);
  await submitResponse(db(), actors.PARTY_RESPONDENT, await responseInput(actors.PARTY_RESPONDENT, state.responses.withdraw));
}

const version = async (id: string) => (await db().consultation.findUniqueOrThrow({ where: { id }, select: { version: true } })).version;
/** The response rule as the matrix reads it: the party respondent's own organisation (named by its role, see asPrincipal), consultation open. */
const OWN_RESPONSE = { organisationId: Role.PARTY_RESPONDENT, consultation: { status: "OPEN" } } as const;

/** The actor's own organisation's response, at its current version, answering every question (a visitor's run names the party's organisation). */
async function responseInput(actor: CurrentUser | null, c: TestConsultation) {
  const organisationId = (actor ?? state.actors.PARTY_RESPONDENT).organisationId!;
  const current = await db().response.findUnique({ where: { consultationId_organisationId: { consultationId: c.id, organisationId } }, select: { version: true } });
  return { modificationId: state.modificationId, consultationId: c.id, organisationId, expectedVersion: current?.version ?? null, fields: completeAnswers(c) };
}

const toStatus = (key: "toOpen" | "toClose", status: "OPEN" | "CLOSED") => async (actor: CurrentUser | null) =>
  changeConsultationStatus(db(), actor, { modificationId: state.modificationId, consultationId: state.setup[key], expectedVersion: await version(state.setup[key]), status });

export function consultationCases(): CommandCase[] {
  return [
    {
      command: createConsultation,
      actions: ["consultation.manage"],
      run: (actor) => createConsultation(db(), actor, { modificationId: state.modificationId, fields: consultationFields() }),
    },
    {
      command: updateConsultation,
      actions: ["consultation.manage"],
      run: async (actor) =>
        updateConsultation(db(), actor, { modificationId: state.modificationId, consultationId: state.setup.toEdit, expectedVersion: await version(state.setup.toEdit), fields: consultationFields() }),
    },
    { command: changeConsultationStatus, variant: "→ Open", actions: ["consultation.manage"], run: toStatus("toOpen", "OPEN") },
    { command: changeConsultationStatus, variant: "→ Closed", actions: ["consultation.manage"], run: toStatus("toClose", "CLOSED") },
    {
      command: saveResponseDraft,
      actions: ["consultation.respond"],
      resource: OWN_RESPONSE,
      run: async (actor) => saveResponseDraft(db(), actor, await responseInput(actor, state.responses.draft)),
    },
    {
      command: submitResponse,
      actions: ["consultation.respond"],
      resource: OWN_RESPONSE,
      run: async (actor) => submitResponse(db(), actor, await responseInput(actor, state.responses.submit)),
    },
    {
      command: withdrawResponse,
      actions: ["consultation.respond"],
      resource: OWN_RESPONSE,
      run: async (actor) => withdrawResponse(db(), actor, await responseInput(actor, state.responses.withdraw)),
    },
    {
      command: enterResponseOnBehalf,
      actions: ["consultation.respondOnBehalf"],
      run: async (actor) => enterResponseOnBehalf(db(), actor, { ...(await responseInput(state.actors.PARTY_RESPONDENT, state.responses.onBehalf)), receivedAt: new Date() }),
    },
  ];
}
