import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors";
import { isLookupKey } from "@/lib/validation/text";
import type { BaselineRequirement } from "./answers";
import type { QuestionRef } from "./schemas";

/**
 * What every response command acts on, loaded inside its transaction: the consultation (WHERE id
 * AND modificationId — another modification's is not found), its questions, the requirements its
 * baseline froze, the organisation, and that organisation's response if it has one. Ids that are
 * not ids are not found before any query sees them.
 */
export async function loadResponseContext(tx: Prisma.TransactionClient, input: { modificationId: string; consultationId: string; organisationId: string }) {
  if (!isLookupKey(input.consultationId, 64)) throw new AppError("NOT_FOUND", "That consultation does not exist.");
  const consultation = await tx.consultation.findFirst({
    where: { id: input.consultationId, modificationId: input.modificationId },
    select: {
      id: true,
      title: true,
      status: true,
      opensAt: true,
      openedAt: true,
      closesAt: true,
      baselineId: true,
      questions: { orderBy: { number: "asc" }, select: { id: true, number: true, kind: true } },
    },
  });
  if (!consultation) throw new AppError("NOT_FOUND", "That consultation does not exist.");
  const organisation = isLookupKey(input.organisationId, 64)
    ? await tx.organisation.findUnique({ where: { id: input.organisationId }, select: { id: true, name: true, kind: true, partyCategory: true } })
    : null;
  if (!organisation) throw new AppError("NOT_FOUND", "That organisation does not exist.");
  const entries = consultation.baselineId
    ? await tx.baselineEntry.findMany({
        where: { baselineId: consultation.baselineId },
        select: { requirementVersionId: true, requirementVersion: { select: { requirement: { select: { ref: true, number: true } } } } },
      })
    : [];
  const requirements: BaselineRequirement[] = entries
    .sort((a, b) => a.requirementVersion.requirement.number - b.requirementVersion.requirement.number)
    .map((e) => ({ requirementVersionId: e.requirementVersionId, ref: e.requirementVersion.requirement.ref }));
  const response = await tx.response.findUnique({
    where: { consultationId_organisationId: { consultationId: consultation.id, organisationId: organisation.id } },
    select: { id: true, status: true, version: true, confidential: true },
  });
  const questions: QuestionRef[] = consultation.questions;
  return { consultation, questions, requirements, requirementVersionIds: new Set(requirements.map((r) => r.requirementVersionId)), organisation, response };
}

export type ResponseContext = Awaited<ReturnType<typeof loadResponseContext>>;
