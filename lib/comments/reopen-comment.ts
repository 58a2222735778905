import "server-only";
import type { CurrentUser } from "@/lib/auth/current-user";
import { requirePermission } from "@/lib/auth/require-permission";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { updateAtVersion } from "@/lib/versioning/update-at-version";
import { loadThread, threadName } from "./load-comment";
import { parseInput, versionOnlySchema } from "./schemas";
import { notifyCommentEvent } from "@/lib/notifications/notify-comment-event";

/** Its author or SECAS reopens a responded or resolved thread; the disposition is cleared (the audit keeps it). */
export async function reopenComment(db: Db, actor: CurrentUser | null, input: { modificationId: string; commentId: string; expectedVersion: number }): Promise<{ version: number }> {
  if (!actor) requirePermission(actor, "comment.read");
  const { expectedVersion } = parseInput(versionOnlySchema, { expectedVersion: input.expectedVersion });
  return db.$transaction(async (tx) => {
    const thread = await loadThread(tx, input.modificationId, input.commentId);
    requirePermission(actor, "comment.reopen", { authorId: thread.authorId });
    if (thread.status === "OPEN") throw new AppError("VALIDATION", `${threadName(thread.number)} is already open.`);
    const { version } = await updateAtVersion(tx, "Comment", { id: thread.id, expectedVersion, data: { status: "OPEN", disposition: null, dispositionReason: null }, what: threadName(thread.number) });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      modificationId: input.modificationId,
      action: "comment.reopened",
      entityType: "Comment",
      entityId: thread.id,
      before: { status: thread.status, disposition: thread.disposition, version: thread.version },
      after: { status: "OPEN", version },
    });
    await notifyCommentEvent(tx, actor, input.modificationId, { kind: "reopened", threadId: thread.id, number: thread.number, version });
    return { version };
  });
}
