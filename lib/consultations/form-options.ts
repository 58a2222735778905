import "server-only";
import { findBaselines } from "@/lib/baselines/find-baselines";
import type { DbOrTx } from "@/lib/db";
import { ConsultationKind, QuestionKind } from "@/lib/generated/prisma/enums";
import { CONSULTATION_KIND_LABELS, QUESTION_KIND_LABELS } from "@/lib/labels";

const REPORT_KINDS = { MODIFICATION_REPORT: "Modification Report", CONCLUSIONS_REPORT: "Conclusions Report" } as const;

/** The choices the consultation form offers: its kinds, the question kinds, and the modification's baselines and reports. Two queries. */
export async function consultationFormOptions(db: DbOrTx, modificationId: string) {
  const [baselines, reports] = await Promise.all([
    findBaselines(db, modificationId),
    db.report.findMany({ where: { modificationId }, orderBy: [{ createdAt: "desc" }, { id: "asc" }], select: { id: true, kind: true, version: true, status: true } }),
  ]);
  return {
    kinds: Object.values(ConsultationKind).map((value) => ({ value, label: CONSULTATION_KIND_LABELS[value] })),
    questionKinds: Object.values(QuestionKind).map((value) => ({ value, label: QUESTION_KIND_LABELS[value] })),
    baselines: baselines.map((b) => ({ value: b.id, label: `${b.name} (${b.requirementCount} requirements)` })),
    reports: reports.map((r) => ({ value: r.id, label: `${REPORT_KINDS[r.kind]} v${r.version}${r.status === "DRAFT" ? " (draft)" : ""}` })),
  };
}
