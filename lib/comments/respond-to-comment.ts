import "server-only";
import type { CurrentUser } from "@/lib/auth/current-user";
import { requirePermission } from "@/lib/auth/require-permission";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { updateAtVersion } from "@/lib/versioning/update-at-version";
import { loadThread, threadName } from "./load-comment";
import { writeReply } from "./reply-to-comment";
import { parseInput, respondSchema } from "./schemas";
import { notifyCommentEvent } from "@/lib/notifications/notify-comment-event";

/**
 * The Working Group or SECAS responds: a reply, and the thread becomes Responded — only if the
 * thread is still at the version the responder saw (a response racing an edit or a disposition is
 * a conflict, and neither the reply nor the status is written).
 */
export async function respondToComment(
  db: Db,
  actor: CurrentUser | null,
  input: { modificationId: string; commentId: string; expectedVersion: number; body: string },
): Promise<{ id: string; version: number }> {
  requirePermission(actor, "comment.respond");
  const { body, expectedVersion } = parseInput(respondSchema, { body: input.body, expectedVersion: input.expectedVersion });
  return db.$transaction(async (tx) => {
    const thread = await loadThread(tx, input.modificationId, input.commentId);
    if (thread.status === "RESOLVED") throw new AppError("VALIDATION", `${threadName(thread.number)} is resolved: reopen it to respond again.`);
    const { version } = await updateAtVersion(tx, "Comment", { id: thread.id, expectedVersion, data: { status: "RESPONDED" }, what: threadName(thread.number) });
    const id = await writeReply(tx, actor, { modificationId: input.modificationId, threadId: thread.id, body });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      modificationId: input.modificationId,
      action: "comment.responded",
      entityType: "Comment",
      entityId: thread.id,
      before: { status: thread.status, version: thread.version },
      after: { status: "RESPONDED", response: body, version },
    });
    await notifyCommentEvent(tx, actor, input.modificationId, { kind: "responded", threadId: thread.id, replyId: id, number: thread.number, body });
    return { id, version };
  });
}
