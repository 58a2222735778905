import "server-only";
import type { CurrentUser } from "@/lib/auth/current-user";
import { requirePermission } from "@/lib/auth/require-permission";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { CommentSeverity } from "@/lib/generated/prisma/enums";
import { updateAtVersion } from "@/lib/versioning/update-at-version";
import { loadThread, threadName } from "./load-comment";
import { parseInput, severitySchema } from "./schemas";

/** SECAS changes a thread's severity, with a reason, kept as the comment's next revision. Version-checked. */
export async function changeCommentSeverity(
  db: Db,
  actor: CurrentUser | null,
  input: { modificationId: string; commentId: string; expectedVersion: number; severity: CommentSeverity; reason: string },
): Promise<{ version: number }> {
  requirePermission(actor, "comment.changeSeverity");
  const { severity, reason, expectedVersion } = parseInput(severitySchema, input);
  return db.$transaction(async (tx) => {
    const thread = await loadThread(tx, input.modificationId, input.commentId);
    if (thread.severity === severity) throw new AppError("VALIDATION", "Please correct the highlighted fields.", { severity: ["This is its severity already"] });
    const { version } = await updateAtVersion(tx, "Comment", { id: thread.id, expectedVersion, data: { severity }, what: threadName(thread.number) });
    const revision = (await tx.commentRevision.count({ where: { commentId: thread.id } })) + 1;
    await tx.commentRevision.create({
      data: { commentId: thread.id, revision, body: thread.body, quotedText: thread.quotedText, proposedWording: thread.proposedWording, severity, reason, authorId: actor.id },
    });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      modificationId: input.modificationId,
      action: "comment.severityChanged",
      entityType: "Comment",
      entityId: thread.id,
      before: { severity: thread.severity, version: thread.version },
      after: { severity, reason, revision, version },
    });
    return { version };
  });
}
