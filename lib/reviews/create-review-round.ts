import "server-only";
import type { CurrentUser } from "@/lib/auth/current-user";
import { requirePermission } from "@/lib/auth/require-permission";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { checkScopeBaseline, checkWindowAhead, DUPLICATE_TITLE, roundSnapshot } from "./round-snapshot";
import { parseRoundFields, type ReviewRoundFields } from "./schemas";
import { isUniqueViolation, isForeignKeyViolation } from "@/lib/database-errors";

/** SECAS plans a review round: committee, title, introduction, numbered questions, window and (optionally) its scope. */
export async function createReviewRound(
  db: Db,
  actor: CurrentUser | null,
  input: { modificationId: string; fields: ReviewRoundFields },
  now = new Date(),
): Promise<{ id: string }> {
  requirePermission(actor, "reviewRound.manage");
  const fields = parseRoundFields(input.fields);
  checkWindowAhead(fields, now);
  const { questions, ...round } = fields;
  try {
    return await db.$transaction(async (tx) => {
      await checkScopeBaseline(tx, input.modificationId, fields.baselineId);
      const created = await tx.reviewRound.create({
        data: {
          ...round,
          modificationId: input.modificationId,
          createdById: actor.id,
          questions: { createMany: { data: questions.map((text, i) => ({ number: i + 1, text })) } },
        },
        select: { id: true },
      });
      await recordAuditEvent(tx, {
        actorId: actor.id,
        modificationId: input.modificationId,
        action: "reviewRound.created",
        entityType: "ReviewRound",
        entityId: created.id,
        after: { ...roundSnapshot(fields), status: "PLANNED", version: 1 },
      });
      return created;
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new AppError("CONFLICT", DUPLICATE_TITLE, { title: [DUPLICATE_TITLE] });
    }
    if (isForeignKeyViolation(error)) {
      throw new AppError("NOT_FOUND", "That modification does not exist.");
    }
    throw error;
  }
}
