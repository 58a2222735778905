import "server-only";
import type { CurrentUser } from "@/lib/auth/current-user";
import { requirePermission } from "@/lib/auth/require-permission";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { WINDOW_STATUS_LABELS } from "@/lib/labels";
import { updateAtVersion } from "@/lib/versioning/update-at-version";
import { closeIfPastWindow } from "./close-if-past-window";
import { checkScopeBaseline, checkWindowAhead, DUPLICATE_TITLE, roundSnapshot } from "./round-snapshot";
import { parseRoundFields, type ReviewRoundFields } from "./schemas";
import { isUniqueViolation } from "@/lib/database-errors";

/**
 * SECAS changes a planned round, if nobody changed it since the form was opened. Its questions are
 * replaced as a whole: nobody can have answered them yet, as a planned round takes no comments.
 */
export async function updateReviewRound(
  db: Db,
  actor: CurrentUser | null,
  input: { modificationId: string; roundId: string; expectedVersion: number; fields: ReviewRoundFields },
  now = new Date(),
): Promise<{ version: number }> {
  requirePermission(actor, "reviewRound.manage");
  const fields = parseRoundFields(input.fields);
  await closeIfPastWindow(db, { modificationId: input.modificationId, roundId: input.roundId }, now);
  const { questions, ...round } = fields;
  try {
    return await db.$transaction(async (tx) => {
      const before = await tx.reviewRound.findFirst({
        where: { id: input.roundId, modificationId: input.modificationId },
        select: {
          committee: true,
          title: true,
          introduction: true,
          opensAt: true,
          closesAt: true,
          baselineId: true,
          status: true,
          version: true,
          questions: { orderBy: { number: "asc" }, select: { text: true } },
        },
      });
      if (!before) throw new AppError("NOT_FOUND", "That review round does not exist.");
      if (before.status !== "PLANNED") {
        throw new AppError("VALIDATION", `This round is ${WINDOW_STATUS_LABELS[before.status].toLowerCase()}: only a planned round can be edited.`);
      }
      checkWindowAhead(fields, now);
      await checkScopeBaseline(tx, input.modificationId, fields.baselineId);
      const { version } = await updateAtVersion(tx, "ReviewRound", {
        id: input.roundId,
        expectedVersion: input.expectedVersion,
        data: { ...round, baselineId: fields.baselineId ?? null },
        what: `the round "${before.title}"`,
      });
      await tx.reviewQuestion.deleteMany({ where: { reviewRoundId: input.roundId } });
      await tx.reviewQuestion.createMany({ data: questions.map((text, i) => ({ reviewRoundId: input.roundId, number: i + 1, text })) });
      await recordAuditEvent(tx, {
        actorId: actor.id,
        modificationId: input.modificationId,
        action: "reviewRound.updated",
        entityType: "ReviewRound",
        entityId: input.roundId,
        before: { ...roundSnapshot({ ...before, questions: before.questions.map((q) => q.text) }), version: before.version },
        after: { ...roundSnapshot(fields), version },
      });
      return { version };
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new AppError("CONFLICT", DUPLICATE_TITLE, { title: [DUPLICATE_TITLE] });
    }
    throw error;
  }
}
