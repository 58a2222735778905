"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { formValues, performMutation } from "@/lib/actions/perform-mutation";
import type { FormState } from "@/lib/actions/form-state";
import { problemQuery } from "@/lib/actions/problems";
import { db } from "@/lib/db";
import { findInModification } from "@/lib/modifications/find-in-modification";
import { getModificationByRef } from "@/lib/modifications/get-modification";
import { modificationPath } from "@/lib/modifications/refs";
import { changeRequirementStatus } from "@/lib/requirements/change-requirement-status";
import { addLinkSchema, addTraceLink, removeTraceLink } from "@/lib/requirements/change-trace-links";
import { createRequirement } from "@/lib/requirements/create-requirement";
import { moveRequirement } from "@/lib/requirements/move-requirement";
import { newRequirementSchema, requirementEditSchema, statusChangeSchema } from "@/lib/requirements/schemas";
import { updateRequirement } from "@/lib/requirements/update-requirement";
import { idPattern, idSchema } from "@/lib/validation/text";
import { expectedVersionSchema } from "@/lib/versioning/schemas";
import { loadModification } from "../load";

// Each action is bound by its page to the modification's ref (and, on a requirement's page, the
// requirement's id): the modification is resolved here from the ref, never read from the form,
// and each command refuses an id that is not that modification's. The page to go back to comes
// from the modification and the command's result, not from a field the browser could change.

const TEXT_FIELDS = ["areaId", "title", "body", "changeNote"];
const isPreview = (formData: FormData) => formData.get("intent") === "preview";
/** Where a requirement's page and the list are, for the modification the page bound. */
const pages = (m: { draftRef: string }, requirementRef: string) => ({ list: modificationPath(m, "requirements"), requirement: modificationPath(m, "requirements", requirementRef) });
const modificationOf = (ref: string) => getModificationByRef(db(), ref);

export async function createRequirementAction(ref: string, _previous: FormState, formData: FormData): Promise<FormState> {
  if (isPreview(formData)) return { status: "idle", preview: true, values: formValues(...TEXT_FIELDS)(formData) };
  const outcome = await performMutation(
    newRequirementSchema,
    formData,
    async (actor, { changeNote, ...fields }) => {
      const m = await modificationOf(ref);
      return pages(m, (await createRequirement(db(), actor, { modificationId: m.id, fields, changeNote })).ref);
    },
    formValues(...TEXT_FIELDS),
  );
  if (!outcome.ok) return outcome.state;
  revalidatePath(outcome.result.list);
  redirect(`${outcome.result.requirement}?saved=1`);
}

export async function updateRequirementAction(ref: string, requirementId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  if (isPreview(formData)) return { status: "idle", preview: true, values: formValues(...TEXT_FIELDS, "expectedVersion")(formData) };
  const outcome = await performMutation(
    requirementEditSchema,
    formData,
    async (actor, { expectedVersion, changeNote, ...fields }) => {
      const m = await modificationOf(ref);
      const addressesCommentIds = addressedThreads(formData);
      return pages(m, (await updateRequirement(db(), actor, { modificationId: m.id, requirementId, expectedVersion, fields, changeNote, addressesCommentIds })).ref);
    },
    (data) => ({ ...formValues(...TEXT_FIELDS, "expectedVersion")(data), addresses: addressedThreads(data).join(",") }),
  );
  if (!outcome.ok) return outcome.state;
  revalidatePath(outcome.result.list);
  redirect(`${outcome.result.requirement}?saved=1`);
}

export async function changeStatusAction(ref: string, requirementId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const outcome = await performMutation(
    statusChangeSchema,
    formData,
    async (actor, input) => {
      const m = await modificationOf(ref);
      return pages(m, (await changeRequirementStatus(db(), actor, { ...input, modificationId: m.id, requirementId })).ref);
    },
    formValues("status", "reason"),
  );
  if (!outcome.ok) return outcome.state;
  revalidatePath(outcome.result.list);
  redirect(`${outcome.result.requirement}?saved=1`);
}

/** One form serves the whole list: the pressed button's value names the requirement (checked to be this modification's) and the direction. */
const moveSchema = z.object({
  move: z
    .string()
    .regex(idPattern(":(up|down)"), "Choose a requirement to move")
    .transform((v) => ({ requirementId: v.split(":")[0]!, direction: v.split(":")[1] as "up" | "down" })),
});

export async function moveRequirementAction(ref: string, formData: FormData): Promise<void> {
  // The modification the page bound (a ref that names none answers with the 404 page): its list is where this goes back to.
  const m = await loadModification(ref);
  const outcome = await performMutation(moveSchema, formData, (actor, { move }) => moveRequirement(db(), actor, { ...move, modificationId: m.id }));
  const list = modificationPath(m, "requirements");
  revalidatePath(list);
  // Back to the page of the list the move was made on (the form's `page`, absent on the first).
  const page = /^\d{1,5}$/.exec(String(formData.get("page")))?.[0];
  const reorder = `${list}?reorder=1${page ? `&page=${page}` : ""}`;
  redirect(outcome.ok ? reorder : `${reorder}&${await problemQuery(outcome.state)}`);
}

export async function addLinkAction(ref: string, requirementId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const outcome = await performMutation(
    addLinkSchema,
    formData,
    async (actor, link) => {
      const m = await modificationOf(ref);
      return pages(m, (await addTraceLink(db(), actor, { modificationId: m.id, requirementId, link })).ref);
    },
    formValues("kind", "target", "note"),
  );
  if (!outcome.ok) return outcome.state;
  revalidatePath(outcome.result.list);
  redirect(`${outcome.result.requirement}?saved=1`);
}

/** One remove button per link: the link id travels in the form, and must be a link of this requirement of this modification. */
export async function removeLinkAction(ref: string, requirementId: string, formData: FormData): Promise<void> {
  const m = await loadModification(ref);
  const outcome = await performMutation(z.object({ linkId: idSchema, expectedVersion: expectedVersionSchema }), formData, async (actor, input) =>
    removeTraceLink(db(), actor, { ...input, modificationId: m.id, requirementId }),
  );
  revalidatePath(modificationPath(m, "requirements"));
  if (outcome.ok) redirect(`${pages(m, outcome.result.ref).requirement}?saved=1`);
  // Back to the requirement's page with the problem, if the bound id is a requirement of this modification; else to the list.
  const back = await findInModification(m.id, requirementId, (where) => db().requirement.findFirst({ where, select: { ref: true } }), "requirement").then(
    (r) => pages(m, r.ref).requirement,
    () => modificationPath(m, "requirements"),
  );
  redirect(`${back}?${await problemQuery(outcome.state)}`);
}

/** The ticked "this change addresses" boxes: thread ids (the command checks each is an open thread on this requirement). */
function addressedThreads(formData: FormData): string[] {
  return formData.getAll("addresses").filter((v): v is string => typeof v === "string" && idSchema.safeParse(v).success);
}
