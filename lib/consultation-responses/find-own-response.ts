import "server-only";
import type { CurrentUser } from "@/lib/auth/current-user";
import { requirePermission } from "@/lib/auth/require-permission";
import { getConsultation } from "@/lib/consultations/get-consultation";
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { CostBand, ImpactLevel, Position } from "@/lib/generated/prisma/enums";
import { isLookupKey } from "@/lib/validation/text";
import { respondentCategoryOf } from "./respondent-category";

export type StoredAnswer = {
  position: Position | null;
  rationale: string;
  confidential: boolean;
  costBand: CostBand | null;
  leadTimeWeeks: number | null;
  impactLevel: ImpactLevel | null;
  /** PER_REQUIREMENT: by requirement version id. */
  requirements: Record<string, { position: Position; comment: string; confidential: boolean }>;
};

/**
 * The consultation with one organisation's response and all its answers — the reader's own
 * organisation for a party respondent, a chosen one for SECAS. This is the respondent's own
 * material, so confidential answers are included: never hand it to anyone else (collation has its
 * own confidentiality-aware reader). Four queries after the consultation's three.
 */
export async function findOwnResponse(db: Db, reader: CurrentUser | null, input: { modificationId: string; consultationId: string; organisationId?: string }, now = new Date()) {
  const organisationId = input.organisationId ?? reader?.organisationId ?? "";
  requirePermission(reader, "consultation.readOwnResponse", { organisationId });
  const consultation = await getConsultation(db, input.modificationId, input.consultationId, now);
  const organisation = isLookupKey(organisationId, 64)
    ? await db.organisation.findUnique({ where: { id: organisationId }, select: { id: true, name: true, kind: true, partyCategory: true } })
    : null;
  if (!organisation) throw new AppError("NOT_FOUND", "That organisation does not exist.");
  let category: ReturnType<typeof respondentCategoryOf> | null = null;
  try {
    category = respondentCategoryOf(organisation);
  } catch {
    category = null; // shown as "does not respond"; the commands refuse it with the reason
  }
  const response = await db.response.findUnique({
    where: { consultationId_organisationId: { consultationId: consultation.id, organisationId: organisation.id } },
    select: {
      id: true,
      category: true,
      status: true,
      confidential: true,
      version: true,
      updatedAt: true,
      submittedAt: true,
      withdrawnAt: true,
      late: true,
      respondent: { select: { name: true } },
      enteredBy: { select: { name: true } },
    },
  });
  const answers: Record<string, StoredAnswer> = {};
  if (response) {
    const [rows, requirementRows] = await Promise.all([
      db.answer.findMany({
        where: { responseId: response.id },
        select: { questionId: true, position: true, rationale: true, confidential: true, costBand: true, leadTimeWeeks: true, impactLevel: true },
      }),
      db.requirementAnswer.findMany({ where: { responseId: response.id }, select: { questionId: true, requirementVersionId: true, position: true, comment: true, confidential: true } }),
    ]);
    const empty = (): StoredAnswer => ({ position: null, rationale: "", confidential: false, costBand: null, leadTimeWeeks: null, impactLevel: null, requirements: {} });
    for (const { questionId, ...a } of rows) answers[questionId] = { ...empty(), ...a };
    for (const { questionId, requirementVersionId, ...r } of requirementRows) (answers[questionId] ??= empty()).requirements[requirementVersionId] = r;
  }
  return { consultation, organisation, category: response?.category ?? category, response: response ? { ...response, answers } : null };
}

export type OwnResponseView = Awaited<ReturnType<typeof findOwnResponse>>;
