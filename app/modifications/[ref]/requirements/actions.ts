"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { formValues, performMutation } from "@/lib/actions/perform-mutation";
import type { FormState } from "@/lib/actions/form-state";
import { problemCodeOf } from "@/lib/actions/problems";
import { db } from "@/lib/db";
import { changeRequirementStatus } from "@/lib/requirements/change-requirement-status";
import { addLinkSchema, addTraceLink, removeTraceLink } from "@/lib/requirements/change-trace-links";
import { createRequirement } from "@/lib/requirements/create-requirement";
import { moveRequirement } from "@/lib/requirements/move-requirement";
import { newRequirementSchema, requirementEditSchema, statusChangeSchema } from "@/lib/requirements/schemas";
import { updateRequirement } from "@/lib/requirements/update-requirement";
import { idPattern, idSchema } from "@/lib/validation/text";

const TEXT_FIELDS = ["areaId", "title", "body", "changeNote"];
const back = (formData: FormData, ...rest: string[]) => ["", "modifications", String(formData.get("modificationRef")), "requirements", ...rest].join("/");
const isPreview = (formData: FormData) => formData.get("intent") === "preview";

export async function createRequirementAction(_previous: FormState, formData: FormData): Promise<FormState> {
  if (isPreview(formData)) return { status: "idle", preview: true, values: formValues(...TEXT_FIELDS)(formData) };
  const schema = newRequirementSchema.extend({ modificationId: idSchema });
  const outcome = await performMutation(
    schema,
    formData,
    (actor, { modificationId, changeNote, ...fields }) => createRequirement(db(), actor, { modificationId, fields, changeNote }),
    formValues(...TEXT_FIELDS),
  );
  if (!outcome.ok) return outcome.state;
  revalidatePath(back(formData));
  redirect(back(formData, outcome.result.ref) + "?saved=1");
}

export async function updateRequirementAction(_previous: FormState, formData: FormData): Promise<FormState> {
  if (isPreview(formData)) return { status: "idle", preview: true, values: formValues(...TEXT_FIELDS, "expectedVersion")(formData) };
  const schema = requirementEditSchema.extend({ requirementId: idSchema });
  const outcome = await performMutation(
    schema,
    formData,
    (actor, { requirementId, expectedVersion, changeNote, ...fields }) => updateRequirement(db(), actor, { requirementId, expectedVersion, fields, changeNote }),
    formValues(...TEXT_FIELDS, "expectedVersion"),
  );
  if (!outcome.ok) return outcome.state;
  revalidatePath(back(formData));
  redirect(back(formData, String(formData.get("requirementRef"))) + "?saved=1");
}

export async function changeStatusAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const outcome = await performMutation(
    statusChangeSchema.extend({ requirementId: idSchema }),
    formData,
    (actor, input) => changeRequirementStatus(db(), actor, input),
    formValues("status", "reason"),
  );
  if (!outcome.ok) return outcome.state;
  revalidatePath(back(formData));
  redirect(back(formData, String(formData.get("requirementRef"))) + "?saved=1");
}

/** One form serves the whole list: the pressed button's value names the requirement and the direction. */
const moveSchema = z.object({
  move: z
    .string()
    .regex(idPattern(":(up|down)"), "Choose a requirement to move")
    .transform((v) => ({ requirementId: v.split(":")[0]!, direction: v.split(":")[1] as "up" | "down" })),
});

export async function moveRequirementAction(formData: FormData): Promise<void> {
  const outcome = await performMutation(moveSchema, formData, (actor, { move }) => moveRequirement(db(), actor, move));
  revalidatePath(back(formData));
  // Back to the page of the list the move was made on (the form's `page`, absent on the first).
  const page = /^\d{1,5}$/.exec(String(formData.get("page")))?.[0];
  const reorder = back(formData) + "?reorder=1" + (page ? `&page=${page}` : "");
  if (!outcome.ok) redirect(reorder + `&problem=${problemCodeOf(outcome.state)}`);
  redirect(reorder);
}

export async function addLinkAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const outcome = await performMutation(
    addLinkSchema.extend({ requirementId: idSchema }),
    formData,
    (actor, { requirementId, ...link }) => addTraceLink(db(), actor, { requirementId, link }),
    formValues("kind", "target", "note"),
  );
  if (!outcome.ok) return outcome.state;
  revalidatePath(back(formData));
  redirect(back(formData, String(formData.get("requirementRef"))) + "?saved=1");
}

export async function removeLinkAction(formData: FormData): Promise<void> {
  const outcome = await performMutation(
    z.object({ requirementId: idSchema, linkId: idSchema, expectedVersion: z.coerce.number().int().positive() }),
    formData,
    (actor, input) => removeTraceLink(db(), actor, input),
  );
  const page = back(formData, String(formData.get("requirementRef")));
  revalidatePath(back(formData));
  redirect(outcome.ok ? `${page}?saved=1` : `${page}?problem=${problemCodeOf(outcome.state)}`);
}
