import { authorFields } from "@/lib/comments/author-fields";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * Comments written straight into the database (not through the comment commands), as a test's
 * starting point. They respect what the database checks: a top-level comment takes the
 * modification's next number, a reply has none (and no severity or disposition), a requirement
 * comes with the version it was made on, a resolved thread has its disposition. Like the commands,
 * each keeps the organisation its author is in now and their role (authorFields).
 */
type ThreadFields = Omit<Prisma.CommentUncheckedCreateInput, "modificationId" | "authorId" | "authorRole" | "number" | "parentId" | "body"> & { body?: string };

/** A top-level comment (a thread) numbered C-n from the modification's counter. */
export async function insertThread(modificationId: string, authorId: string, fields: ThreadFields = {}) {
  const { nextCommentNumber } = await db().modification.update({
    where: { id: modificationId },
    data: { nextCommentNumber: { increment: 1 } },
    select: { nextCommentNumber: true },
  });
  const number = nextCommentNumber - 1;
  const { id } = await db().comment.create({
    data: { modificationId, ...(await author(authorId)), number, body: `Test comment ${number}`, ...fields },
    select: { id: true },
  });
  return { id, number };
}

/** A reply in the thread `parentId`, dated `createdAt` when the order of replies matters. */
export async function insertReply(parentId: string, authorId: string, body: string, createdAt?: Date) {
  const parent = await db().comment.findUniqueOrThrow({ where: { id: parentId }, select: { modificationId: true, reviewRoundId: true, requirementId: true, requirementVersionId: true } });
  const { id } = await db().comment.create({ data: { ...parent, parentId, ...(await author(authorId)), body, ...(createdAt ? { createdAt } : {}) }, select: { id: true } });
  return id;
}

async function author(authorId: string) {
  return authorFields(await db().user.findUniqueOrThrow({ where: { id: authorId }, select: { id: true, organisationId: true, role: true } }));
}

/** "Addressed in version N": the edit that made `requirementVersionId` said it addresses the thread. */
export async function addressIn(commentId: string, requirementVersionId: string, recordedById: string) {
  await db().commentAddressedIn.create({ data: { commentId, requirementVersionId, recordedById } });
}
