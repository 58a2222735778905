import "server-only";
import type { CurrentUser } from "@/lib/auth/current-user";
import { requirePermission } from "@/lib/auth/require-permission";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { updateAtVersion } from "@/lib/versioning/update-at-version";
import { formatPence } from "./money";
import { assessmentName } from "./request-assessment";
import { assessmentVersionSchema, parseOrRefuse, type AssessmentVersionFields, type AssessmentVersionInput } from "./schemas";
import { NEXT_ASSESSMENT_STATUSES } from "./status-workflow";

type Target = { modificationId: string; assessmentId: string; expectedVersion: number; fields: AssessmentVersionInput };

/**
 * The DCC analyst (or SECAS, entering what the DCC sent) records a version of an assessment's
 * figures. Version-checked: the form names the assessment's version it was opened at. The first
 * version marks the assessment received, and any assessment received before it superseded (the
 * newest received assessment is the current one: the database holds at most one). A superseded
 * assessment takes no more versions: its figures are history.
 */
export async function recordAssessmentVersion(db: Db, actor: CurrentUser | null, target: Target): Promise<{ version: number; number: number }> {
  requirePermission(actor, "impact.writeDcc");
  const fields = parseOrRefuse(assessmentVersionSchema, target.fields);
  const { modificationId, assessmentId } = target;
  return db.$transaction(async (tx) => {
    const assessment = await tx.dccAssessment.findFirst({
      where: { id: assessmentId, modificationId },
      select: { id: true, kind: true, status: true, version: true, createdAt: true, _count: { select: { versions: true } } },
    });
    if (!assessment) throw new AppError("NOT_FOUND", "That assessment does not exist.");
    if (!NEXT_ASSESSMENT_STATUSES[assessment.status].includes("RECEIVED")) {
      throw new AppError("VALIDATION", `${capitalise(assessmentName(assessment))} has been superseded by a newer assessment: record the figures on the current one.`);
    }
    const on = { actorId: actor.id, modificationId, entityType: "DccAssessment" } as const;
    // Superseded first: the database allows one received assessment per modification at any moment.
    if (assessment.status === "REQUESTED") await supersedeEarlier(tx, on, assessment);
    const { version } = await updateAtVersion(tx, "DccAssessment", {
      id: assessmentId,
      expectedVersion: target.expectedVersion,
      data: { status: "RECEIVED" },
      what: assessmentName(assessment),
    });
    const number = assessment._count.versions + 1;
    await tx.dccAssessmentVersion.create({ data: { assessmentId, number, ...columns(fields), authorId: actor.id } });
    await recordAuditEvent(tx, {
      ...on,
      entityId: assessmentId,
      action: "dccAssessment.versionRecorded",
      before: { status: assessment.status, version: assessment.version },
      after: { ...auditFigures(fields), number, status: "RECEIVED", version },
    });
    return { version, number };
  });
}

async function supersedeEarlier(
  tx: Prisma.TransactionClient,
  on: { actorId: string; modificationId: string; entityType: "DccAssessment" },
  newer: { id: string; kind: "PRELIMINARY" | "IMPACT"; createdAt: Date },
) {
  const current = await tx.dccAssessment.findMany({
    where: { modificationId: on.modificationId, status: "RECEIVED", id: { not: newer.id } },
    select: { id: true, kind: true, status: true, version: true, createdAt: true },
  });
  for (const older of current) {
    const { version } = await updateAtVersion(tx, "DccAssessment", { id: older.id, expectedVersion: older.version, data: { status: "SUPERSEDED" }, what: assessmentName(older) });
    await recordAuditEvent(tx, {
      ...on,
      entityId: older.id,
      action: "dccAssessment.superseded",
      before: { status: older.status, version: older.version },
      after: { status: "SUPERSEDED", supersededBy: capitalise(assessmentName(newer)), version },
    });
  }
}

function columns(f: AssessmentVersionFields) {
  return {
    designAndBuildPence: BigInt(f.designAndBuild),
    testingPence: BigInt(f.testing),
    implementationPence: BigInt(f.implementation),
    ongoingPerYearPence: BigInt(f.ongoingPerYear),
    leadTimeWeeks: f.leadTimeWeeks,
    earliestRelease: f.earliestRelease,
    systems: f.systems,
    assumptions: f.assumptions,
    validUntil: f.validUntil,
    changeNote: f.changeNote,
  };
}

function auditFigures(f: AssessmentVersionFields) {
  return {
    designAndBuild: formatPence(f.designAndBuild),
    testing: formatPence(f.testing),
    implementation: formatPence(f.implementation),
    ongoingPerYear: formatPence(f.ongoingPerYear),
    leadTimeWeeks: f.leadTimeWeeks,
    earliestRelease: f.earliestRelease,
    systems: f.systems,
    assumptions: f.assumptions,
    validUntil: f.validUntil.toISOString().slice(0, 10),
    changeNote: f.changeNote,
  };
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
