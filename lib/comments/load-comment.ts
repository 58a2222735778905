import "server-only";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { findInModification } from "@/lib/modifications/find-in-modification";

/**
 * A comment (or reply) of the modification, with what the permission rules read: its author, its
 * thread's round (a reply's is its parent's), and its state. NOT_FOUND for any other id.
 */
export async function loadComment(tx: Prisma.TransactionClient, modificationId: string, commentId: string) {
  const row = await findInModification(
    modificationId,
    commentId,
    (where) =>
      tx.comment.findFirst({
        where,
        select: {
          id: true,
          number: true,
          parentId: true,
          authorId: true,
          body: true,
          quotedText: true,
          proposedWording: true,
          kind: true,
          severity: true,
          status: true,
          disposition: true,
          withdrawnAt: true,
          version: true,
          reviewRound: { select: { committee: true, status: true } },
          parent: { select: { number: true, reviewRound: { select: { committee: true, status: true } } } },
        },
      }),
    "comment",
  );
  const { reviewRound, parent, ...comment } = row;
  return { ...comment, round: parent ? parent.reviewRound : reviewRound, threadNumber: parent ? parent.number! : comment.number! };
}

/** A top-level comment (a thread), for the commands that act on threads only. */
export async function loadThread(tx: Prisma.TransactionClient, modificationId: string, commentId: string) {
  const thread = await loadComment(tx, modificationId, commentId);
  if (thread.parentId !== null) throw new AppError("NOT_FOUND", "There is no such thread in this modification: a reply has no status of its own.");
  return { ...thread, number: thread.number! };
}

export const threadName = (number: number) => `C-${number}`;
