import "server-only";
import type { CurrentUser } from "@/lib/auth/current-user";
import { requirePermission } from "@/lib/auth/require-permission";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Db } from "@/lib/db";
import { londonDateAndTime } from "@/lib/dates/london";
import { AppError } from "@/lib/errors";
import { formatDate } from "@/lib/labels";
import { DCC_ASSESSMENT_KIND_LABELS } from "./labels";
import { parseOrRefuse, requestAssessmentSchema, type RequestAssessmentInput } from "./schemas";
import { isUniqueViolation, isForeignKeyViolation } from "@/lib/database-errors";

const AWAITED = "An assessment requested earlier is still awaited: record the DCC's figures on it before requesting another.";

/**
 * SECAS asks the DCC for an assessment of a baseline of this modification, due on a date. A
 * Preliminary Assessment comes first: an Impact Assessment may be requested only once a
 * Preliminary Assessment has been received (its figures are what the Working Group decides to go
 * further on). One request is awaited at a time (the database refuses a second, see the migration).
 */
export async function requestAssessment(
  db: Db,
  actor: CurrentUser | null,
  input: { modificationId: string; fields: RequestAssessmentInput },
  now = new Date(),
): Promise<{ id: string }> {
  requirePermission(actor, "impact.requestDcc");
  const fields = parseOrRefuse(requestAssessmentSchema, input.fields);
  const today = londonDateAndTime(now).date;
  if (fields.dueOn.toISOString().slice(0, 10) < today) {
    throw new AppError("VALIDATION", "Please correct the highlighted fields.", { dueOn: ["The due date has passed: give today's date or a later one"] });
  }
  const { modificationId } = input;
  try {
    return await db.$transaction(async (tx) => {
      const baseline = await tx.baseline.findFirst({ where: { id: fields.baselineId, modificationId }, select: { id: true } });
      if (!baseline) throw new AppError("VALIDATION", "Please correct the highlighted fields.", { baselineId: ["Choose one of this modification's baselines"] });
      const earlier = await tx.dccAssessment.findMany({ where: { modificationId }, select: { kind: true, status: true } });
      if (earlier.some((a) => a.status === "REQUESTED")) throw new AppError("CONFLICT", AWAITED);
      if (fields.kind === "IMPACT" && !earlier.some((a) => a.kind === "PRELIMINARY" && a.status !== "REQUESTED")) {
        throw new AppError("VALIDATION", "Please correct the highlighted fields.", {
          kind: ["An Impact Assessment follows a Preliminary Assessment: request a Preliminary Assessment first, and record the DCC's figures on it"],
        });
      }
      const created = await tx.dccAssessment.create({
        data: { modificationId, kind: fields.kind, baselineId: baseline.id, dueOn: fields.dueOn, request: fields.request, requestedById: actor.id },
        select: { id: true },
      });
      await recordAuditEvent(tx, {
        actorId: actor.id,
        modificationId,
        action: "dccAssessment.requested",
        entityType: "DccAssessment",
        entityId: created.id,
        after: { kind: fields.kind, baselineId: baseline.id, dueOn: fields.dueOn.toISOString().slice(0, 10), request: fields.request, status: "REQUESTED", version: 1 },
      });
      return created;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("CONFLICT", AWAITED);
    if (isForeignKeyViolation(error)) throw new AppError("NOT_FOUND", "That modification does not exist.");
    throw error;
  }
}

/** "DCC Preliminary Assessment requested on 5 January 2027": how messages and the audit name one. */
export function assessmentName(a: { kind: keyof typeof DCC_ASSESSMENT_KIND_LABELS; createdAt: Date }): string {
  return `the ${DCC_ASSESSMENT_KIND_LABELS[a.kind]} requested on ${formatDate(a.createdAt)}`;
}
