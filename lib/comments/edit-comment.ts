import "server-only";
import type { CurrentUser } from "@/lib/auth/current-user";
import { requirePermission } from "@/lib/auth/require-permission";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { closeIfPastWindow } from "@/lib/reviews/close-if-past-window";
import { updateAtVersion } from "@/lib/versioning/update-at-version";
import { loadComment, threadName } from "./load-comment";
import { editCommentSchema, parseInput } from "./schemas";

/**
 * Its author edits a comment or a reply while the round is open. The earlier text stays as a
 * revision; version-checked, so an edit racing a disposition is a conflict and nothing is lost.
 */
export async function editComment(
  db: Db,
  actor: CurrentUser | null,
  input: { modificationId: string; commentId: string; expectedVersion: number; body: string; proposedWording?: string },
  now = new Date(),
): Promise<{ version: number }> {
  if (!actor) requirePermission(actor, "comment.read");
  const { body, proposedWording, expectedVersion } = parseInput(editCommentSchema, { body: input.body, proposedWording: input.proposedWording, expectedVersion: input.expectedVersion });
  await closeIfPastWindow(db, { modificationId: input.modificationId }, now);
  return db.$transaction(async (tx) => {
    const comment = await loadComment(tx, input.modificationId, input.commentId);
    requirePermission(actor, "comment.editOwn", { authorId: comment.authorId, round: comment.round });
    if (comment.withdrawnAt) throw new AppError("VALIDATION", "A withdrawn comment cannot be edited.");
    const wording = comment.kind === "PROPOSED_WORDING" ? (proposedWording ?? comment.proposedWording) : null;
    if (comment.kind !== "PROPOSED_WORDING" && proposedWording !== undefined) {
      throw new AppError("VALIDATION", "Please correct the highlighted fields.", { proposedWording: ["Only proposed wording has a replacement text"] });
    }
    const what = comment.parentId ? `your reply in ${threadName(comment.threadNumber)}` : threadName(comment.threadNumber);
    const { version } = await updateAtVersion(tx, "Comment", { id: comment.id, expectedVersion, data: { body, proposedWording: wording }, what });
    const revision = (await tx.commentRevision.count({ where: { commentId: comment.id } })) + 1;
    await tx.commentRevision.create({
      data: { commentId: comment.id, revision, body, quotedText: comment.quotedText, proposedWording: wording, severity: comment.severity, authorId: actor.id },
    });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      modificationId: input.modificationId,
      action: "comment.edited",
      entityType: "Comment",
      entityId: comment.id,
      before: { body: comment.body, proposedWording: comment.proposedWording, version: comment.version },
      after: { body, proposedWording: wording, revision, version },
    });
    return { version };
  });
}
