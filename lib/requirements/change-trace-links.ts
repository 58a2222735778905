import "server-only";
import { z } from "zod";
import { plainText } from "@/lib/validation/text";
import { expectedVersionSchema } from "@/lib/versioning/schemas";
import type { CurrentUser } from "@/lib/auth/current-user";
import { requirePermission } from "@/lib/auth/require-permission";
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { TraceTargetKind } from "@/lib/generated/prisma/enums";
import { findInModification } from "@/lib/modifications/find-in-modification";
import { lockAreas } from "./lock-areas";
import { saveRequirementVersion } from "./save-requirement-version";

export const addLinkSchema = z.object({
  kind: z.enum(TraceTargetKind, "Choose what to link to"),
  target: plainText(z.string("Name the target").trim().min(1, "Name the target, e.g. Section H, 4.8.1 or BR-02").max(200, "At most 200 characters")),
  note: z.preprocess((v) => (v === "" ? undefined : v), plainText(z.string().trim().max(300, "At most 300 characters")).optional()),
  expectedVersion: expectedVersionSchema,
});
export type AddLink = z.infer<typeof addLinkSchema>;

/**
 * Links a requirement to a SEC section, a TOM item, a Service Request or another requirement. A link
 * is part of the requirement, so it is saved as the requirement's next version, with the same version check.
 */
export async function addTraceLink(
  db: Db,
  actor: CurrentUser | null,
  { modificationId, requirementId, link }: { modificationId: string; requirementId: string; link: AddLink },
): Promise<{ version: number; ref: string }> {
  requirePermission(actor, "requirement.link");
  return db.$transaction(async (tx) => {
    const { ref, ...requirement } = await loadForLinking(tx, modificationId, requirementId);
    const { targetAreaId, ...target } = await resolveTarget(tx, requirement, link);
    // The link's foreign keys lock both requirements, which a move of the pair also updates:
    // take the areas first, as every writer of positions does (lock-areas.ts), or the two deadlock.
    if (targetAreaId) await lockAreas(tx, requirement.areaId, targetAreaId);
    const duplicate = await tx.traceLink.findFirst({ where: { requirementId, kind: link.kind, ...target }, select: { id: true } });
    if (duplicate) throw new AppError("VALIDATION", "This link is already there.", { target: ["Already linked"] });
    await tx.traceLink.create({ data: { requirementId, kind: link.kind, ...target, note: link.note ?? null, createdById: actor.id } });
    const saved = await saveRequirementVersion(tx, actor, {
      requirementId,
      expectedVersion: link.expectedVersion,
      next: requirement,
      changeNote: `Linked to ${link.kind === "SERVICE_REQUEST" ? "SR " : ""}${link.target}`,
      action: "requirement.linked",
    });
    return { ...saved, ref };
  });
}

/** Removes one of the requirement's own links: a link of another requirement is not found, as the version checked is this one's. */
export async function removeTraceLink(
  db: Db,
  actor: CurrentUser | null,
  { modificationId, requirementId, linkId, expectedVersion }: { modificationId: string; requirementId: string; linkId: string; expectedVersion: number },
): Promise<{ version: number; ref: string }> {
  requirePermission(actor, "requirement.link");
  return db.$transaction(async (tx) => {
    const { ref, ...requirement } = await loadForLinking(tx, modificationId, requirementId);
    const link = await tx.traceLink.findFirst({ where: { id: linkId, requirementId }, select: { id: true } });
    if (!link) throw new AppError("NOT_FOUND", "That link has already been removed.");
    await tx.traceLink.delete({ where: { id: linkId } });
    const saved = await saveRequirementVersion(tx, actor, {
      requirementId,
      expectedVersion,
      next: requirement,
      changeNote: "Removed a link",
      action: "requirement.unlinked",
    });
    return { ...saved, ref };
  });
}

function loadForLinking(tx: Prisma.TransactionClient, modificationId: string, requirementId: string) {
  return findInModification(
    modificationId,
    requirementId,
    (where) => tx.requirement.findFirst({ where, select: { id: true, ref: true, modificationId: true, title: true, body: true, status: true, areaId: true, position: true } }),
    "requirement",
  );
}

/** The target's columns for each kind, checked against the modification's own Service Requests and requirements. */
async function resolveTarget(tx: Prisma.TransactionClient, requirement: { id: string; modificationId: string }, link: AddLink) {
  const notFound = (message: string) => new AppError("VALIDATION", "Please correct the highlighted fields.", { target: [message] });
  if (link.kind === "SERVICE_REQUEST") {
    const number = link.target.replace(/^SR\s*/i, "");
    const sr = await tx.serviceRequest.findUnique({ where: { modificationId_number: { modificationId: requirement.modificationId, number } }, select: { id: true } });
    if (!sr) throw notFound(`There is no Service Request ${number} in this modification's matrix`);
    return { serviceRequestId: sr.id, targetRequirementId: null, reference: null, targetAreaId: null };
  }
  if (link.kind === "REQUIREMENT") {
    const other = await tx.requirement.findUnique({
      where: { modificationId_ref: { modificationId: requirement.modificationId, ref: link.target.toUpperCase() } },
      select: { id: true, areaId: true },
    });
    if (!other) throw notFound(`There is no requirement ${link.target}`);
    if (other.id === requirement.id) throw notFound("A requirement cannot link to itself");
    return { targetRequirementId: other.id, serviceRequestId: null, reference: null, targetAreaId: other.areaId };
  }
  return { reference: link.target, targetRequirementId: null, serviceRequestId: null, targetAreaId: null };
}
