import "server-only";
import type { CurrentUser } from "@/lib/auth/current-user";
import { requirePermission } from "@/lib/auth/require-permission";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { CommentDisposition } from "@/lib/generated/prisma/enums";
import { updateAtVersion } from "@/lib/versioning/update-at-version";
import { loadThread, threadName } from "./load-comment";
import { parseInput, resolveSchema } from "./schemas";
import { notifyCommentEvent } from "@/lib/notifications/notify-comment-event";

/** The Working Group or SECAS resolves a thread with a disposition (a rejection says why). Version-checked. */
export async function resolveComment(
  db: Db,
  actor: CurrentUser | null,
  input: { modificationId: string; commentId: string; expectedVersion: number; disposition: CommentDisposition; reason?: string },
): Promise<{ version: number }> {
  requirePermission(actor, "comment.resolve");
  const { disposition, reason, expectedVersion } = parseInput(resolveSchema, input);
  return db.$transaction(async (tx) => {
    const thread = await loadThread(tx, input.modificationId, input.commentId);
    if (thread.status === "RESOLVED") throw new AppError("VALIDATION", `${threadName(thread.number)} is already resolved.`);
    const dispositionReason = reason ?? null;
    const { version } = await updateAtVersion(tx, "Comment", { id: thread.id, expectedVersion, data: { status: "RESOLVED", disposition, dispositionReason }, what: threadName(thread.number) });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      modificationId: input.modificationId,
      action: "comment.resolved",
      entityType: "Comment",
      entityId: thread.id,
      before: { status: thread.status, version: thread.version },
      after: { status: "RESOLVED", disposition, dispositionReason, version },
    });
    await notifyCommentEvent(tx, actor, input.modificationId, { kind: "resolved", threadId: thread.id, number: thread.number, version });
    return { version };
  });
}
