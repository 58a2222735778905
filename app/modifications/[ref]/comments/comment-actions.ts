"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { formValues, performMutation } from "@/lib/actions/perform-mutation";
import type { FormState } from "@/lib/actions/form-state";
import { changeCommentSeverity } from "@/lib/comments/change-comment-severity";
import { createComment } from "@/lib/comments/create-comment";
import { editComment } from "@/lib/comments/edit-comment";
import { reopenComment } from "@/lib/comments/reopen-comment";
import { replyToComment } from "@/lib/comments/reply-to-comment";
import { resolveComment } from "@/lib/comments/resolve-comment";
import { respondToComment } from "@/lib/comments/respond-to-comment";
import { COMMENT_FORM_FIELDS, editCommentSchema, newCommentSchema, replySchema, resolveSchema, respondSchema, severitySchema, versionOnlySchema } from "@/lib/comments/schemas";
import { withdrawComment } from "@/lib/comments/withdraw-comment";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { getModificationByRef } from "@/lib/modifications/get-modification";
import { modificationPath } from "@/lib/modifications/refs";
import { isLookupKey } from "@/lib/validation/text";

// Bound by the pages to the modification's ref (and the thread or comment id they show): a form
// carries no modification id; the commands load every id through that modification.

/** Where the comment is made, bound by the page: a requirement at the version shown, a question, or neither. */
export type CommentPlace = { requirementId?: string; requirementVersion?: number; questionId?: string };

export async function createCommentAction(ref: string, place: CommentPlace, _previous: FormState, formData: FormData): Promise<FormState> {
  const outcome = await performMutation(
    newCommentSchema,
    withPlace(formData, place),
    async (actor, fields) => {
      const m = await getModificationByRef(db(), ref);
      const { number } = await createComment(db(), actor, { modificationId: m.id, fields });
      return threadPath(ref, number);
    },
    formValues(...COMMENT_FORM_FIELDS),
  );
  if (!outcome.ok) return outcome.state;
  revalidatePath(modificationPath({ draftRef: ref }), "layout");
  redirect(`${outcome.result}?saved=created`);
}

/** Every action on a thread or one of its comments: the thread's number for the page to return to, the comment acted on. */
export type CommentTarget = { number: number; commentId: string };

export async function replyAction(ref: string, target: CommentTarget, previous: FormState, formData: FormData) {
  return threadAction(replySchema, (actor, modificationId, { commentId }, { body }) => replyToComment(db(), actor, { modificationId, commentId, body }), "replied", ["body"])(ref, target, previous, formData);
}
export async function respondAction(ref: string, target: CommentTarget, previous: FormState, formData: FormData) {
  const run = threadAction(respondSchema, (actor, modificationId, { commentId }, input) => respondToComment(db(), actor, { modificationId, commentId, ...input }), "responded", ["body"]);
  return run(ref, target, previous, formData);
}
export async function resolveAction(ref: string, target: CommentTarget, previous: FormState, formData: FormData) {
  const run = threadAction(resolveSchema, (actor, modificationId, { commentId }, input) => resolveComment(db(), actor, { modificationId, commentId, ...input }), "resolved", ["disposition", "reason"]);
  return run(ref, target, previous, formData);
}
export async function reopenAction(ref: string, target: CommentTarget, previous: FormState, formData: FormData) {
  const run = threadAction(versionOnlySchema, (actor, modificationId, { commentId }, input) => reopenComment(db(), actor, { modificationId, commentId, ...input }), "reopened", []);
  return run(ref, target, previous, formData);
}
export async function editAction(ref: string, target: CommentTarget, previous: FormState, formData: FormData) {
  const run = threadAction(editCommentSchema, (actor, modificationId, { commentId }, input) => editComment(db(), actor, { modificationId, commentId, ...input }), "edited", ["body", "proposedWording"]);
  return run(ref, target, previous, formData);
}
export async function withdrawAction(ref: string, target: CommentTarget, previous: FormState, formData: FormData) {
  const run = threadAction(versionOnlySchema, (actor, modificationId, { commentId }, input) => withdrawComment(db(), actor, { modificationId, commentId, ...input }), "withdrawn", []);
  return run(ref, target, previous, formData);
}
export async function severityAction(ref: string, target: CommentTarget, previous: FormState, formData: FormData) {
  const run = threadAction(severitySchema, (actor, modificationId, { commentId }, input) => changeCommentSeverity(db(), actor, { modificationId, commentId, ...input }), "severity", ["severity", "reason"]);
  return run(ref, target, previous, formData);
}

function threadAction<S extends z.ZodType>(
  schema: S,
  command: (actor: Parameters<Parameters<typeof performMutation>[2]>[0], modificationId: string, target: CommentTarget, input: z.infer<S>) => Promise<unknown>,
  saved: string,
  keep: string[],
) {
  return async (ref: string, target: CommentTarget, _previous: FormState, formData: FormData): Promise<FormState> => {
    const outcome = await performMutation(
      schema,
      formData,
      async (actor, input) => {
        const m = await getModificationByRef(db(), ref);
        if (!isLookupKey(target.commentId, 64)) throw new AppError("NOT_FOUND", "There is no such comment.");
        await command(actor, m.id, target, input);
      },
      formValues(...keep),
    );
    if (!outcome.ok) return outcome.state;
    revalidatePath(modificationPath({ draftRef: ref }), "layout");
    redirect(`${threadPath(ref, target.number)}?saved=${saved}`);
  };
}

const threadPath = (ref: string, number: number) => modificationPath({ draftRef: ref }, "comments", String(number));

function withPlace(formData: FormData, place: CommentPlace): FormData {
  const data = new FormData();
  for (const [k, v] of formData) if (!["requirementId", "requirementVersion", "questionId"].includes(k)) data.append(k, v);
  if (place.requirementId) data.set("requirementId", place.requirementId);
  if (place.requirementVersion) data.set("requirementVersion", String(place.requirementVersion));
  if (place.questionId) data.set("questionId", place.questionId);
  return data;
}
