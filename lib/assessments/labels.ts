import type { DccAssessmentKind, DccAssessmentStatus } from "@/lib/generated/prisma/enums";

export const DCC_ASSESSMENT_KIND_LABELS: Record<DccAssessmentKind, string> = { PRELIMINARY: "DCC Preliminary Assessment", IMPACT: "DCC Impact Assessment" };
export const DCC_ASSESSMENT_STATUS_LABELS: Record<DccAssessmentStatus, string> = { REQUESTED: "Requested", RECEIVED: "Received", SUPERSEDED: "Superseded" };
export const STATUS_TONE = { REQUESTED: "info", RECEIVED: "success", SUPERSEDED: "muted" } as const;
