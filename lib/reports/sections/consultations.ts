import type { DbOrTx } from "@/lib/db";
import { CONSULTATION_KIND_LABELS, CONSULTATION_STATUS_LABELS, RESPONDENT_CATEGORY_LABELS } from "@/lib/labels";
import { RespondentCategory } from "@/lib/generated/prisma/enums";
import type { ConsultationResult } from "./types";

// Reads Consultation and Response directly (issue 9's collation is not on this branch): only
// counts of SUBMITTED responses, the confidential ones counted apart — never a word of an answer.
// lib/collation/visible-responses.ts is where this belongs once merged. Two queries.

/** Every consultation opened by `asOf`, with its submitted responses counted by respondent category. */
export async function readConsultationsSection(db: DbOrTx, modificationId: string, asOf: Date): Promise<ConsultationResult[]> {
  const consultations = await db.consultation.findMany({
    where: { modificationId, status: { not: "PLANNED" }, opensAt: { lte: asOf } },
    orderBy: { opensAt: "asc" },
    select: { id: true, title: true, kind: true, status: true, closesAt: true },
  });
  const counts = await db.response.groupBy({
    by: ["consultationId", "category", "confidential"],
    where: { consultationId: { in: consultations.map((c) => c.id) }, status: "SUBMITTED", submittedAt: { lte: asOf } },
    _count: { _all: true },
  });
  return consultations.map((c) => {
    const mine = counts.filter((n) => n.consultationId === c.id);
    const count = (category: RespondentCategory, confidential: boolean) =>
      mine.find((n) => n.category === category && n.confidential === confidential)?._count._all ?? 0;
    const byCategory = Object.values(RespondentCategory)
      .map((category) => ({ category: RESPONDENT_CATEGORY_LABELS[category], responses: count(category, false), confidential: count(category, true) }))
      .filter((row) => row.responses + row.confidential > 0);
    return {
      id: c.id,
      title: c.title,
      kind: CONSULTATION_KIND_LABELS[c.kind],
      status: CONSULTATION_STATUS_LABELS[c.status],
      closes: c.closesAt.toISOString(),
      submitted: byCategory.reduce((sum, row) => sum + row.responses + row.confidential, 0),
      byCategory,
    };
  });
}
