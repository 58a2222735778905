"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { formValues, performMutation } from "@/lib/actions/perform-mutation";
import type { FormState } from "@/lib/actions/form-state";
import { db } from "@/lib/db";
import { attachDocument } from "@/lib/modifications/attach-document";
import { convertToModificationProposal } from "@/lib/modifications/convert-to-modification-proposal";
import { editOverviewSections } from "@/lib/modifications/edit-overview-sections";
import { getModificationByRef } from "@/lib/modifications/get-modification";
import { moveModificationStage } from "@/lib/modifications/move-modification-stage";
import { modificationPath } from "@/lib/modifications/refs";

// Each action is bound to the modification's ref by its page, so a form carries no modification
// id to tamper with. The commands read and check the fields; these only pass the form on.

const anyForm = z.record(z.string(), z.unknown());

async function done(ref: string, saved: string, ...rest: string[]): Promise<never> {
  const m = await getModificationByRef(db(), ref);
  revalidatePath(modificationPath(m));
  revalidatePath("/");
  redirect(`${modificationPath(m, ...rest)}?saved=${saved}`);
}

export async function convertAction(ref: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const outcome = await performMutation(
    anyForm,
    formData,
    async (actor, input) => convertToModificationProposal(db(), actor, { ...input, modificationId: (await getModificationByRef(db(), ref)).id } as never),
    formValues("decidedOn", "meeting", "expectedVersion"),
  );
  if (!outcome.ok) return outcome.state;
  return done(ref, "converted");
}

export async function moveStageAction(ref: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const outcome = await performMutation(
    anyForm,
    formData,
    async (actor, input) => moveModificationStage(db(), actor, { ...input, modificationId: (await getModificationByRef(db(), ref)).id } as never),
    formValues("stage", "movedOn", "meeting", "expectedVersion"),
  );
  if (!outcome.ok) return outcome.state;
  return done(ref, "moved");
}

export async function editSectionsAction(ref: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const outcome = await performMutation(
    anyForm,
    formData,
    async (actor, input) => editOverviewSections(db(), actor, { ...input, modificationId: (await getModificationByRef(db(), ref)).id } as never),
    formValues("summary", "issue", "solution", "whoIsImpacted", "secDocumentsAffected", "changeNote", "expectedVersion"),
  );
  if (!outcome.ok) return outcome.state;
  return done(ref, "sections");
}

export async function attachDocumentAction(ref: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const outcome = await performMutation(
    anyForm,
    formData,
    async (actor, { file, ...fields }) => {
      const upload = file instanceof File && file.size > 0 ? { name: file.name, type: file.type, bytes: new Uint8Array(await file.arrayBuffer()) } : null;
      return attachDocument(db(), actor, { modificationId: (await getModificationByRef(db(), ref)).id, fields, file: upload });
    },
    formValues("kind", "title", "publishedOn", "note"),
  );
  if (!outcome.ok) return outcome.state;
  return done(ref, "document");
}
