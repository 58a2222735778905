import "server-only";
import type { CurrentUser } from "@/lib/auth/current-user";
import { requirePermission } from "@/lib/auth/require-permission";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { CONSULTATION_STATUS_LABELS } from "@/lib/labels";
import { updateAtVersion } from "@/lib/versioning/update-at-version";
import { closeConsultationsPastWindow } from "./close-if-past-window";
import { checkOwnBaselineAndReport, checkWindowAhead, consultationSnapshot, DUPLICATE_TITLE, QUESTIONS_FROZEN, sameQuestions } from "./consultation-snapshot";
import { parseConsultationFields, type ConsultationFields } from "./schemas";
import { isUniqueViolation } from "@/lib/database-errors";

const FIX = "Please correct the highlighted fields.";

/**
 * SECAS changes a consultation, if nobody changed it since the form was opened.
 * - Planned: anything. Its questions are replaced as a whole (nobody can have answered them: a
 *   planned consultation takes no responses).
 * - Open: the title, the introduction, the closing time (extended or brought forward, still in the
 *   future) and the report. Its kind, questions and baseline are what respondents are answering, so
 *   a change to them is refused, saying so; its opening time is history and is kept as it is.
 * - Closed, collated or published: nothing (the responses are the record).
 */
export async function updateConsultation(
  db: Db,
  actor: CurrentUser | null,
  input: { modificationId: string; consultationId: string; expectedVersion: number; fields: ConsultationFields },
  now = new Date(),
): Promise<{ version: number }> {
  requirePermission(actor, "consultation.manage");
  const fields = parseConsultationFields(input.fields);
  await closeConsultationsPastWindow(db, { modificationId: input.modificationId, consultationId: input.consultationId }, now);
  try {
    return await db.$transaction(async (tx) => {
      const before = await tx.consultation.findFirst({
        where: { id: input.consultationId, modificationId: input.modificationId },
        select: {
          kind: true,
          title: true,
          introduction: true,
          opensAt: true,
          closesAt: true,
          baselineId: true,
          reportId: true,
          status: true,
          version: true,
          questions: { orderBy: { number: "asc" }, select: { kind: true, text: true } },
        },
      });
      if (!before) throw new AppError("NOT_FOUND", "That consultation does not exist.");
      if (before.status !== "PLANNED" && before.status !== "OPEN") {
        throw new AppError("VALIDATION", `This consultation is ${CONSULTATION_STATUS_LABELS[before.status].toLowerCase()}: only a planned or open consultation can be edited.`);
      }
      const open = before.status === "OPEN";
      if (open) checkFrozenWhileOpen(before, fields);
      checkWindowAhead(fields, now);
      await checkOwnBaselineAndReport(tx, input.modificationId, fields);
      const { questions, ...rest } = fields;
      const after = open ? { ...rest, opensAt: before.opensAt, questions: before.questions } : { ...rest, questions };
      if (after.closesAt <= after.opensAt) throw new AppError("VALIDATION", FIX, { closesAt: ["The consultation must close after it opens"] });
      const { version } = await updateAtVersion(tx, "Consultation", {
        id: input.consultationId,
        expectedVersion: input.expectedVersion,
        data: open
          ? { title: rest.title, introduction: rest.introduction, closesAt: rest.closesAt, reportId: rest.reportId ?? null }
          : { ...rest, baselineId: rest.baselineId ?? null, reportId: rest.reportId ?? null },
        what: `the consultation "${before.title}"`,
      });
      if (!open) {
        await tx.question.deleteMany({ where: { consultationId: input.consultationId } });
        await tx.question.createMany({ data: questions.map((q, i) => ({ consultationId: input.consultationId, number: i + 1, kind: q.kind, text: q.text })) });
      }
      await recordAuditEvent(tx, {
        actorId: actor.id,
        modificationId: input.modificationId,
        action: "consultation.updated",
        entityType: "Consultation",
        entityId: input.consultationId,
        before: { ...consultationSnapshot(before), version: before.version },
        after: { ...consultationSnapshot(after), version },
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

/** What respondents are answering: the kind, the questions and the baseline stay as they were. */
function checkFrozenWhileOpen(
  before: { kind: string; baselineId: string | null; questions: { kind: string; text: string }[] },
  fields: ConsultationFields,
): void {
  if (!sameQuestions(before.questions, fields.questions)) throw new AppError("VALIDATION", `${QUESTIONS_FROZEN}.`, { questions: [QUESTIONS_FROZEN] });
  if (before.kind !== fields.kind) throw new AppError("VALIDATION", FIX, { kind: ["The kind cannot change once the consultation has opened"] });
  if (before.baselineId !== (fields.baselineId ?? null)) {
    throw new AppError("VALIDATION", FIX, { baselineId: ["The requirements consulted on cannot change once the consultation has opened"] });
  }
}
