import type { RequirementStatus } from "@/lib/generated/prisma/enums";
import { REQUIREMENT_STATUS_LABELS } from "@/lib/labels";
import { Badge } from "./badge";

const TONE = { DRAFT: "neutral", PROPOSED: "info", AGREED: "success", WITHDRAWN: "muted" } as const;

export function RequirementStatusBadge({ status }: { status: RequirementStatus }) {
  return <Badge tone={TONE[status]}>{REQUIREMENT_STATUS_LABELS[status]}</Badge>;
}
