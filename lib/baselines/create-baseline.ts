import "server-only";
import type { CurrentUser } from "@/lib/auth/current-user";
import { requirePermission } from "@/lib/auth/require-permission";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { NewBaseline } from "./schemas";
import { isUniqueViolation, isForeignKeyViolation } from "@/lib/database-errors";

const DUPLICATE_NAME = "This modification already has a baseline with this name: choose another";

/**
 * SECAS or the Working Group freezes the current version of every requirement of a modification
 * under a name. Baselines are never edited afterwards (the database refuses it), so this is the
 * only command that touches them. Three statements however many requirements there are.
 */
export async function createBaseline(db: Db, actor: CurrentUser | null, input: NewBaseline): Promise<{ id: string }> {
  requirePermission(actor, "baseline.create");
  try {
    return await db.$transaction((tx) => createBaselineIn(tx, actor, input));
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new AppError("CONFLICT", DUPLICATE_NAME, { name: [DUPLICATE_NAME] });
    }
    if (isForeignKeyViolation(error)) {
      throw new AppError("NOT_FOUND", "That modification does not exist.");
    }
    throw error;
  }
}

/** The same, inside a transaction the caller runs (opening a review round freezes its scope in its own). The caller checks permission. */
export async function createBaselineIn(tx: Prisma.TransactionClient, actor: CurrentUser, input: NewBaseline): Promise<{ id: string }> {
  const requirements = await tx.requirement.findMany({
    where: { modificationId: input.modificationId },
    orderBy: { number: "asc" },
    select: { id: true, ref: true, version: true },
  });
  if (requirements.length === 0) {
    throw new AppError("VALIDATION", "There are no requirements to freeze yet.");
  }
  // The version each requirement names as current: an edit made after this read is not in the baseline.
  const versions = await tx.requirementVersion.findMany({
    where: { OR: requirements.map((r) => ({ requirementId: r.id, version: r.version })) },
    select: { id: true },
  });
  if (versions.length !== requirements.length) throw new Error(`Modification ${input.modificationId} has a requirement without its current version`);
  const baseline = await tx.baseline.create({
    data: {
      modificationId: input.modificationId,
      name: input.name,
      description: input.description ?? null,
      createdById: actor.id,
      entries: { createMany: { data: versions.map((v) => ({ requirementVersionId: v.id })) } },
    },
    select: { id: true, name: true, description: true },
  });
  await recordAuditEvent(tx, {
    actorId: actor.id,
    modificationId: input.modificationId,
    action: "baseline.created",
    entityType: "Baseline",
    entityId: baseline.id,
    after: { ...baseline, versions: Object.fromEntries(requirements.map((r) => [r.ref, r.version])) },
  });
  return { id: baseline.id };
}
