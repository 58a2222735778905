import "server-only";
import type { CurrentUser } from "@/lib/auth/current-user";
import { requirePermission } from "@/lib/auth/require-permission";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { checkOwnBaselineAndReport, checkWindowAhead, consultationSnapshot, DUPLICATE_TITLE } from "./consultation-snapshot";
import { parseConsultationFields, type ConsultationFields } from "./schemas";
import { isUniqueViolation, isForeignKeyViolation } from "@/lib/database-errors";

/** SECAS plans a consultation: kind, title, introduction, numbered questions of their kinds, window, and (optionally) its baseline and report. */
export async function createConsultation(
  db: Db,
  actor: CurrentUser | null,
  input: { modificationId: string; fields: ConsultationFields },
  now = new Date(),
): Promise<{ id: string }> {
  requirePermission(actor, "consultation.manage");
  const fields = parseConsultationFields(input.fields);
  checkWindowAhead(fields, now);
  const { questions, ...consultation } = fields;
  try {
    return await db.$transaction(async (tx) => {
      await checkOwnBaselineAndReport(tx, input.modificationId, fields);
      const created = await tx.consultation.create({
        data: {
          ...consultation,
          modificationId: input.modificationId,
          createdById: actor.id,
          questions: { createMany: { data: questions.map((q, i) => ({ number: i + 1, kind: q.kind, text: q.text })) } },
        },
        select: { id: true },
      });
      await recordAuditEvent(tx, {
        actorId: actor.id,
        modificationId: input.modificationId,
        action: "consultation.created",
        entityType: "Consultation",
        entityId: created.id,
        after: { ...consultationSnapshot(fields), status: "PLANNED", version: 1 },
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
