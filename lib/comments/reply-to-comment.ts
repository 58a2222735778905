import "server-only";
import type { CurrentUser } from "@/lib/auth/current-user";
import { requirePermission } from "@/lib/auth/require-permission";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { closeIfPastWindow } from "@/lib/reviews/close-if-past-window";
import { authorFields } from "./author-fields";
import { loadThread } from "./load-comment";
import { parseInput, replySchema } from "./schemas";
import { notifyCommentEvent } from "@/lib/notifications/notify-comment-event";

/**
 * A reply in a thread (one level: always to the top-level comment). Replies do not change the
 * thread's version, so two people replying at once both land.
 */
export async function replyToComment(db: Db, actor: CurrentUser | null, input: { modificationId: string; commentId: string; body: string }, now = new Date()): Promise<{ id: string }> {
  if (!actor) requirePermission(actor, "comment.read");
  const { body } = parseInput(replySchema, { body: input.body });
  await closeIfPastWindow(db, { modificationId: input.modificationId }, now);
  return db.$transaction(async (tx) => {
    const thread = await loadThread(tx, input.modificationId, input.commentId);
    if (thread.round) requirePermission(actor, "comment.reply", { round: thread.round });
    else requirePermission(actor, "comment.respond"); // a thread from before rounds: those who respond may reply
    const id = await writeReply(tx, actor, { modificationId: input.modificationId, threadId: thread.id, body });
    await recordAuditEvent(tx, { actorId: actor.id, modificationId: input.modificationId, action: "comment.replied", entityType: "Comment", entityId: id, after: { thread: thread.number, body, version: 1 } });
    await notifyCommentEvent(tx, actor, input.modificationId, { kind: "replied", threadId: thread.id, replyId: id, number: thread.number, body });
    return { id };
  });
}

/** The reply row and its first revision, in the caller's transaction (a reply, or a response). */
export async function writeReply(tx: Prisma.TransactionClient, actor: CurrentUser, { modificationId, threadId, body }: { modificationId: string; threadId: string; body: string }): Promise<string> {
  const { id } = await tx.comment.create({ data: { modificationId, parentId: threadId, ...authorFields(actor), body }, select: { id: true } });
  await tx.commentRevision.create({ data: { commentId: id, revision: 1, body, authorId: actor.id } });
  return id;
}
