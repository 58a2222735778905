import "server-only";
import type { CurrentUser } from "@/lib/auth/current-user";
import { requirePermission } from "@/lib/auth/require-permission";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { closeIfPastWindow } from "@/lib/reviews/close-if-past-window";
import { updateAtVersion } from "@/lib/versioning/update-at-version";
import { loadComment, threadName } from "./load-comment";
import { parseInput, versionOnlySchema } from "./schemas";

/** Its author withdraws a comment or reply while the round is open: never deleted, it stays as a marked stub (its revisions kept). */
export async function withdrawComment(
  db: Db,
  actor: CurrentUser | null,
  input: { modificationId: string; commentId: string; expectedVersion: number },
  now = new Date(),
): Promise<{ version: number }> {
  if (!actor) requirePermission(actor, "comment.read");
  const { expectedVersion } = parseInput(versionOnlySchema, { expectedVersion: input.expectedVersion });
  await closeIfPastWindow(db, { modificationId: input.modificationId }, now);
  return db.$transaction(async (tx) => {
    const comment = await loadComment(tx, input.modificationId, input.commentId);
    requirePermission(actor, "comment.withdrawOwn", { authorId: comment.authorId, round: comment.round });
    if (comment.withdrawnAt) throw new AppError("VALIDATION", "This comment is already withdrawn.");
    const what = comment.parentId ? `your reply in ${threadName(comment.threadNumber)}` : threadName(comment.threadNumber);
    const { version } = await updateAtVersion(tx, "Comment", { id: comment.id, expectedVersion, data: { withdrawnAt: now }, what });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      modificationId: input.modificationId,
      action: "comment.withdrawn",
      entityType: "Comment",
      entityId: comment.id,
      before: { version: comment.version },
      after: { withdrawnAt: now.toISOString(), version },
    });
    return { version };
  });
}
