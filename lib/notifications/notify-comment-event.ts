import "server-only";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { NotificationKind } from "@/lib/generated/prisma/enums";
import { modificationPath } from "@/lib/modifications/refs";
import { findMentions } from "./find-mentions";
import { findParticipants } from "./find-participants";
import { notify } from "./notify";

/** What happened in a thread (C-n), and what the people it concerns are told. */
export type CommentEvent =
  | { kind: "created"; commentId: string; number: number; requirementId: string | null; body: string }
  | { kind: "replied" | "responded"; threadId: string; replyId: string; number: number; body: string }
  | { kind: "resolved" | "reopened"; threadId: string; number: number; version: number };

const DONE: Record<CommentEvent["kind"], string> = {
  created: "commented",
  replied: "replied",
  responded: "responded",
  resolved: "resolved",
  reopened: "reopened",
};

/**
 * Tells, in the command's transaction: of a new comment, everyone who wrote a version of its
 * requirement; of a reply or a response, everyone in the thread; of a disposition (resolved,
 * reopened), the thread's author; and anyone @mentioned in new words. A mention that names
 * nobody refuses the whole command (VALIDATION on the body), so nothing is written and the form
 * keeps the text. The outbox loop sends the emails within seconds of the commit.
 */
export async function notifyCommentEvent(tx: Prisma.TransactionClient, actor: { id: string; name: string }, modificationId: string, event: CommentEvent): Promise<void> {
  const mentioned = "body" in event ? mentionsIn(event.body, await findParticipants(tx)) : [];
  const { draftRef } = await tx.modification.findUniqueOrThrow({ where: { id: modificationId }, select: { draftRef: true } });
  const thread = `C-${event.number}`;
  const told = (kind: NotificationKind, userIds: string[], what: string, key: string) =>
    notify(tx, { userIds, actorId: actor.id, kind, modificationId, link: modificationPath({ draftRef }, "comments", String(event.number)), text: `${draftRef} ${thread}: ${actor.name} ${what}`, dedupeKey: key });

  const id = event.kind === "created" ? event.commentId : "replyId" in event ? event.replyId : `${event.threadId}:v${event.version}`;
  await told("MENTION", mentioned, `mentioned you (${DONE[event.kind]})`, `comment:${id}:mention`);
  const already = new Set(mentioned);
  const others = (ids: string[]) => ids.filter((u) => !already.has(u));
  if (event.kind === "created") {
    if (!event.requirementId) return;
    const editors = await tx.requirementVersion.findMany({ where: { requirementId: event.requirementId }, distinct: ["authorId"], select: { authorId: true } });
    await told("COMMENT_ON_EDITED_REQUIREMENT", others(editors.map((e) => e.authorId)), "commented on a requirement you edited", `comment:${id}:created`);
  } else if (event.kind === "replied" || event.kind === "responded") {
    const people = await tx.comment.findMany({ where: { OR: [{ id: event.threadId }, { parentId: event.threadId }] }, distinct: ["authorId"], select: { authorId: true } });
    await told("REPLY_IN_THREAD", others(people.map((p) => p.authorId)), `${DONE[event.kind]} in a thread you are in`, `comment:${id}:${event.kind}`);
  } else {
    const { authorId } = await tx.comment.findUniqueOrThrow({ where: { id: event.threadId }, select: { authorId: true } });
    await told("DISPOSITION_ON_COMMENT", others([authorId]), `${DONE[event.kind]} your comment`, `comment:${id}:${event.kind}`);
  }
}

function mentionsIn(body: string, participants: Awaited<ReturnType<typeof findParticipants>>): string[] {
  const found = findMentions(body, participants);
  if (!found.ok) throw new AppError("VALIDATION", found.message, { body: [found.message] });
  return found.userIds;
}
