import "server-only";
import type { CurrentUser } from "@/lib/auth/current-user";
import { requirePermission } from "@/lib/auth/require-permission";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { findInModification } from "@/lib/modifications/find-in-modification";
import { closeIfPastWindow } from "@/lib/reviews/close-if-past-window";
import { authorFields } from "./author-fields";
import { newCommentSchema, parseInput, quotes, type NewComment } from "./schemas";
import { notifyCommentEvent } from "@/lib/notifications/notify-comment-event";

const NOT_QUOTED = "This passage is not in the version of the requirement you were shown: copy it from the requirement's text.";

/**
 * A reviewer (or the Working Group, SECAS, the DCC analyst) comments in an open round: on a
 * requirement at the version shown (a quoted passage must occur in that version's text), as the
 * answer to one of the round's questions, or on the modification in general. The thread gets the
 * modification's next number (C-n), taken in the same transaction; revision 1 keeps the words.
 */
export async function createComment(db: Db, actor: CurrentUser | null, input: { modificationId: string; fields: NewComment }, now = new Date()): Promise<{ id: string; number: number }> {
  // A visitor is refused before anything (closing a round past its window) is touched.
  if (!actor) requirePermission(actor, "comment.read");
  const fields = parseInput(newCommentSchema, input.fields);
  const { modificationId } = input;
  await closeIfPastWindow(db, { modificationId, roundId: fields.roundId }, now);
  return db.$transaction(async (tx) => {
    const round = await findInModification(modificationId, fields.roundId, (where) => tx.reviewRound.findFirst({ where, select: { committee: true, status: true } }), "review round");
    requirePermission(actor, "comment.create", { round });
    const on = await anchor(tx, modificationId, fields);
    const { nextCommentNumber } = await tx.modification.update({ where: { id: modificationId }, data: { nextCommentNumber: { increment: 1 } }, select: { nextCommentNumber: true } });
    const number = nextCommentNumber - 1;
    const words = { body: fields.body, quotedText: fields.quotedText ?? null, proposedWording: fields.proposedWording ?? null, severity: fields.severity ?? null };
    const { id } = await tx.comment.create({
      data: { modificationId, number, reviewRoundId: fields.roundId, ...on.ids, questionId: fields.questionId ?? null, ...authorFields(actor), kind: fields.kind, ...words },
      select: { id: true },
    });
    await tx.commentRevision.create({ data: { commentId: id, revision: 1, authorId: actor.id, ...words } });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      modificationId,
      action: "comment.created",
      entityType: "Comment",
      entityId: id,
      after: { number, kind: fields.kind, requirement: on.ref, requirementVersion: fields.requirementVersion ?? null, question: on.question, ...words, version: 1 },
    });
    await notifyCommentEvent(tx, actor, modificationId, { kind: "created", commentId: id, number, requirementId: fields.requirementId ?? null, body: fields.body });
    return { id, number };
  });
}

/** What the comment is on, checked against the modification and the round: a requirement version, a question, or neither. */
async function anchor(tx: Prisma.TransactionClient, modificationId: string, fields: NewComment) {
  if (fields.questionId) {
    const question = await tx.reviewQuestion.findFirst({ where: { id: fields.questionId, reviewRoundId: fields.roundId }, select: { number: true } });
    if (!question) throw new AppError("VALIDATION", "Please correct the highlighted fields.", { questionId: ["That question is not one of this round's"] });
    return { ids: {}, ref: null, question: question.number };
  }
  if (!fields.requirementId) return { ids: {}, ref: null, question: null };
  const requirement = await findInModification(modificationId, fields.requirementId, (where) => tx.requirement.findFirst({ where, select: { ref: true } }), "requirement");
  const version = await tx.requirementVersion.findUnique({
    where: { requirementId_version: { requirementId: fields.requirementId, version: fields.requirementVersion! } },
    select: { id: true, body: true },
  });
  if (!version) throw new AppError("VALIDATION", "This form is out of date: reload the page and try again.", { requirementVersion: ["No such version"] });
  if (fields.quotedText && !quotes(version.body, fields.quotedText)) throw new AppError("VALIDATION", NOT_QUOTED, { quotedText: [NOT_QUOTED] });
  return { ids: { requirementId: fields.requirementId, requirementVersionId: version.id }, ref: requirement.ref, question: null };
}
