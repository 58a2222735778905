import "server-only";
import type { CurrentUser } from "@/lib/auth/current-user";
import { requirePermission } from "@/lib/auth/require-permission";
import { AppError } from "@/lib/errors";
import type { ConsultationStatus } from "@/lib/generated/prisma/enums";
import { formatDateTime } from "@/lib/labels";

/**
 * The check a party respondent's command makes: the matrix (consultation.respond — own
 * organisation, consultation open) decides; a party respondent is told why in words of the case
 * (another organisation; not open yet; closed) rather than only "not allowed".
 */
export function requireMayRespond(
  actor: CurrentUser | null,
  organisationId: string,
  consultation: { status: ConsultationStatus; closesAt: Date },
): asserts actor is CurrentUser {
  if (actor?.role === "PARTY_RESPONDENT") {
    if (actor.organisationId !== organisationId) throw new AppError("FORBIDDEN", "You can respond only for your own organisation. Nothing was saved.");
    if (consultation.status === "PLANNED") throw new AppError("FORBIDDEN", "This consultation is not open yet. Nothing was saved.");
    if (consultation.status !== "OPEN") {
      throw new AppError("FORBIDDEN", `This consultation closed on ${formatDateTime(consultation.closesAt)}: responses can no longer be changed. Nothing was saved.`);
    }
  }
  requirePermission(actor, "consultation.respond", { organisationId, consultation });
}
