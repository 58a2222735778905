import "server-only";
import type { CurrentUser } from "@/lib/auth/current-user";
import { requirePermission } from "@/lib/auth/require-permission";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { closeConsultationsPastWindow } from "@/lib/consultations/close-if-past-window";
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { lockConsultation, requireCollating } from "./load-for-collation";
import { parseOrRefuse, themesSchema } from "./schemas";

type Input = { modificationId: string; consultationId: string; answerId: string; themes: string };

/**
 * SECAS sets the themes of one submitted answer, as a whole (an idempotent set: saving the same
 * themes twice changes nothing more), while the consultation is closed or collated. Themes are
 * SECAS's own words; on a confidential answer they are read by SECAS only, like the answer.
 */
export async function tagAnswerThemes(db: Db, actor: CurrentUser | null, input: Input): Promise<{ themes: string[] }> {
  requirePermission(actor, "consultation.collate");
  const themes = parseOrRefuse(themesSchema, input.themes);
  await closeConsultationsPastWindow(db, { modificationId: input.modificationId, consultationId: input.consultationId });
  return db.$transaction(async (tx) => {
    const consultation = await lockConsultation(tx, input.modificationId, input.consultationId);
    requireCollating(consultation.status);
    const answer = await tx.answer.findFirst({
      where: { id: input.answerId, consultationId: consultation.id, response: { status: "SUBMITTED" } },
      select: { themes: true, confidential: true, question: { select: { number: true } }, response: { select: { confidential: true } } },
    });
    if (!answer) throw new AppError("NOT_FOUND", "That answer does not exist.");
    if (sameThemes(answer.themes, themes)) return { themes };
    await tx.answer.update({ where: { id: input.answerId }, data: { themes } });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      modificationId: input.modificationId,
      action: "collation.themesTagged",
      entityType: "Answer",
      entityId: input.answerId,
      before: { themes: answer.themes },
      after: { question: answer.question.number, themes, confidential: answer.confidential || answer.response.confidential },
    });
    return { themes };
  });
}

const sameThemes = (a: string[], b: string[]) => a.length === b.length && a.every((t, i) => t === b[i]);
