import type { ConsultationStatus } from "@/lib/generated/prisma/enums";
import { CONSULTATION_STATUS_LABELS } from "@/lib/labels";
import { Badge } from "./badge";

const TONE: Record<ConsultationStatus, "success" | "info" | "neutral"> = { PLANNED: "info", OPEN: "success", CLOSED: "neutral", COLLATED: "neutral", PUBLISHED: "success" };

export function ConsultationStatusBadge({ status }: { status: ConsultationStatus }) {
  return <Badge tone={TONE[status]}>{CONSULTATION_STATUS_LABELS[status]}</Badge>;
}
