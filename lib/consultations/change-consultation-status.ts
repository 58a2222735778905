import "server-only";
import type { CurrentUser } from "@/lib/auth/current-user";
import { requirePermission } from "@/lib/auth/require-permission";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { createBaselineIn } from "@/lib/baselines/create-baseline";
import type { Db } from "@/lib/db";
import { londonDateAndTime } from "@/lib/dates/london";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ConsultationStatus } from "@/lib/generated/prisma/enums";
import { CONSULTATION_STATUS_LABELS, formatDateTime } from "@/lib/labels";
import { updateAtVersion } from "@/lib/versioning/update-at-version";
import { closeConsultationsPastWindow } from "./close-if-past-window";
import { NEXT_CONSULTATION_STATUSES } from "./status-workflow";

/** The moves this command makes. Collating and publishing are the collation's own commands (lib/collation): refused here. */
const SETUP_TARGETS: readonly ConsultationStatus[] = ["OPEN", "CLOSED"];

type Target = { modificationId: string; consultationId: string; expectedVersion: number; status: ConsultationStatus };

/**
 * SECAS opens a planned consultation or closes an open one early. Opening early brings opensAt
 * forward to now; a consultation with no baseline chosen freezes the current requirements as a new
 * baseline when it opens (none when the modification has none yet — but then a consultation that
 * asks a per-requirement question is refused: it would ask about nothing). Closing early keeps the
 * planned closesAt and records closedAt. A consultation past its window has already closed by
 * itself (closeConsultationsPastWindow runs first).
 */
export async function changeConsultationStatus(db: Db, actor: CurrentUser | null, target: Target, now = new Date()): Promise<{ version: number }> {
  requirePermission(actor, "consultation.manage");
  if (!SETUP_TARGETS.includes(target.status)) {
    throw new AppError("VALIDATION", "Collating and publishing a consultation are done from its responses page.");
  }
  await closeConsultationsPastWindow(db, { modificationId: target.modificationId, consultationId: target.consultationId }, now);
  return db.$transaction(async (tx) => {
    const consultation = await tx.consultation.findFirst({
      where: { id: target.consultationId, modificationId: target.modificationId },
      select: { title: true, status: true, version: true, opensAt: true, closesAt: true, baselineId: true, questions: { select: { kind: true } } },
    });
    if (!consultation) throw new AppError("NOT_FOUND", "That consultation does not exist.");
    if (!NEXT_CONSULTATION_STATUSES[consultation.status].includes(target.status)) {
      const [from, to] = [consultation.status, target.status].map((s) => CONSULTATION_STATUS_LABELS[s].toLowerCase());
      throw new AppError("VALIDATION", `A consultation that is ${from} cannot become ${to}.`);
    }
    const change = { id: target.consultationId, expectedVersion: target.expectedVersion, what: `the consultation "${consultation.title}"` };
    const on = { actorId: actor.id, modificationId: target.modificationId, entityType: "Consultation", entityId: target.consultationId } as const;
    if (target.status === "OPEN") {
      const opened = await opening(tx, actor, target.modificationId, consultation, now);
      const { version } = await updateAtVersion(tx, "Consultation", { ...change, data: opened });
      await recordAuditEvent(tx, {
        ...on,
        action: "consultation.opened",
        before: { status: consultation.status, opensAt: consultation.opensAt.toISOString(), baselineId: consultation.baselineId, version: consultation.version },
        after: { status: "OPEN", opensAt: opened.opensAt.toISOString(), openedAt: now.toISOString(), baselineId: opened.baselineId, version },
      });
      return { version };
    }
    const { version } = await updateAtVersion(tx, "Consultation", { ...change, data: { status: "CLOSED", closedAt: now } });
    await recordAuditEvent(tx, {
      ...on,
      action: "consultation.closed",
      before: { status: consultation.status, version: consultation.version },
      after: { status: "CLOSED", closedAt: now.toISOString(), version },
    });
    return { version };
  });
}

async function opening(
  tx: Prisma.TransactionClient,
  actor: CurrentUser,
  modificationId: string,
  consultation: { title: string; opensAt: Date; closesAt: Date; baselineId: string | null; questions: { kind: string }[] },
  now: Date,
) {
  if (consultation.closesAt <= now) {
    throw new AppError("VALIDATION", `This consultation's window ended on ${formatDateTime(consultation.closesAt)}: edit its closing time before opening it.`);
  }
  const baselineId = consultation.baselineId ?? (await freezeRequirements(tx, actor, modificationId, consultation.title, now));
  if (baselineId === null && consultation.questions.some((q) => q.kind === "PER_REQUIREMENT")) {
    throw new AppError("VALIDATION", "This consultation asks about each requirement, but the modification has no requirements yet: add them, or remove that question, before opening it.");
  }
  if (baselineId !== null && consultation.baselineId !== null && consultation.questions.some((q) => q.kind === "PER_REQUIREMENT")) {
    if ((await tx.baselineEntry.count({ where: { baselineId } })) === 0) {
      throw new AppError("VALIDATION", "This consultation asks about each requirement, but its baseline holds none: choose another before opening it.");
    }
  }
  return { status: "OPEN" as const, openedAt: now, opensAt: consultation.opensAt < now ? consultation.opensAt : now, baselineId };
}

/** The requirements as they stand, under a name that says which consultation froze them. */
async function freezeRequirements(tx: Prisma.TransactionClient, actor: CurrentUser, modificationId: string, title: string, now: Date): Promise<string | null> {
  if ((await tx.requirement.count({ where: { modificationId } })) === 0) return null;
  const { date, time } = londonDateAndTime(now);
  const base = `Consulted on in ${title.slice(0, 80)} (${date} ${time})`;
  const taken = new Set((await tx.baseline.findMany({ where: { modificationId, name: { startsWith: base } }, select: { name: true } })).map((b) => b.name));
  let name = base;
  for (let n = 2; taken.has(name); n++) name = `${base} ${n}`;
  const { id } = await createBaselineIn(tx, actor, { modificationId, name, description: `Frozen when the consultation "${title}" opened.` });
  return id;
}
