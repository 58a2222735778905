import "server-only";
import type { CurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/require-permission";
import { AppError } from "@/lib/errors";
import type { ConsultationStatus } from "@/lib/generated/prisma/enums";
import { formatDateTime } from "@/lib/labels";

/**
 * The check a party respondent's command makes. The matrix (consultation.respond: own organisation,
 * consultation open) decides; when it refuses a party respondent, they are told why in words of the
 * case (another organisation; not open yet; closed) rather than only "not allowed". The words only
 * explain a refusal: they never refuse what the matrix allows.
 */
export function requireMayRespond(
  actor: CurrentUser | null,
  organisationId: string,
  consultation: { status: ConsultationStatus; closesAt: Date },
): asserts actor is CurrentUser {
  const resource = { organisationId, consultation };
  if (actor?.role === "PARTY_RESPONDENT" && !can(actor, "consultation.respond", resource)) throw new AppError("FORBIDDEN", whyRefused(actor, resource));
  requirePermission(actor, "consultation.respond", resource);
}

function whyRefused(actor: CurrentUser, { organisationId, consultation }: { organisationId: string; consultation: { status: ConsultationStatus; closesAt: Date } }): string {
  if (actor.organisationId !== organisationId) return "You can respond only for your own organisation. Nothing was saved.";
  if (consultation.status === "PLANNED") return "This consultation is not open yet. Nothing was saved.";
  if (consultation.status !== "OPEN") return `This consultation closed on ${formatDateTime(consultation.closesAt)}: responses can no longer be changed. Nothing was saved.`;
  return "Your role does not allow this. Nothing was saved.";
}
