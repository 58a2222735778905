import "server-only";
import type { CurrentUser } from "@/lib/auth/current-user";
import { requirePermission } from "@/lib/auth/require-permission";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { createBaselineIn } from "@/lib/baselines/create-baseline";
import type { Db } from "@/lib/db";
import { londonDateAndTime } from "@/lib/dates/london";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { updateAtVersion } from "@/lib/versioning/update-at-version";
import type { WindowStatus } from "@/lib/generated/prisma/enums";
import { formatDateTime, WINDOW_STATUS_LABELS } from "@/lib/labels";
import { notifyRoundOpened } from "@/lib/notifications/notify-round-opened";
import { nudgeOutbox } from "@/lib/notifications/outbox-nudge";
import { closeIfPastWindow } from "./close-if-past-window";
import { NEXT_ROUND_STATUSES } from "./status-workflow";

type Target = { modificationId: string; roundId: string; expectedVersion: number; status: WindowStatus };

/**
 * SECAS opens a planned round or closes an open one. Opening early brings opensAt forward to now;
 * a round with no scope chosen freezes the current requirements as a new baseline when it opens
 * (none when the modification has no requirements yet, e.g. a round on the problem statement).
 * Closing early keeps the planned closesAt and records closedAt. A round past its window has
 * already closed by itself (closeIfPastWindow runs first). Opening tells the committee's members
 * (inbox and outbox, in the same transaction); the outbox is nudged once it has committed.
 */
export async function changeReviewRoundStatus(db: Db, actor: CurrentUser | null, target: Target, now = new Date()): Promise<{ version: number }> {
  requirePermission(actor, "reviewRound.manage");
  await closeIfPastWindow(db, { modificationId: target.modificationId, roundId: target.roundId }, now);
  const result = await db.$transaction(async (tx) => {
    const round = await tx.reviewRound.findFirst({
      where: { id: target.roundId, modificationId: target.modificationId },
      select: { committee: true, title: true, status: true, version: true, opensAt: true, closesAt: true, baselineId: true },
    });
    if (!round) throw new AppError("NOT_FOUND", "That review round does not exist.");
    if (!NEXT_ROUND_STATUSES[round.status].includes(target.status)) {
      throw new AppError("VALIDATION", `A round that is ${WINDOW_STATUS_LABELS[round.status].toLowerCase()} cannot become ${WINDOW_STATUS_LABELS[target.status].toLowerCase()}.`);
    }
    const change = { id: target.roundId, expectedVersion: target.expectedVersion, what: `the round "${round.title}"` };
    const on = { actorId: actor.id, modificationId: target.modificationId, entityType: "ReviewRound", entityId: target.roundId } as const;
    if (target.status === "OPEN") {
      const opened = await opening(tx, actor, target.modificationId, round, now);
      const { version } = await updateAtVersion(tx, "ReviewRound", { ...change, data: opened });
      await recordAuditEvent(tx, {
        ...on,
        action: "reviewRound.opened",
        before: { status: round.status, opensAt: round.opensAt.toISOString(), baselineId: round.baselineId, version: round.version },
        after: { status: "OPEN", opensAt: opened.opensAt.toISOString(), openedAt: now.toISOString(), baselineId: opened.baselineId, version },
      });
      const { emailed } = await notifyRoundOpened(tx, actor.id, { id: target.roundId, modificationId: target.modificationId, ...round });
      return { version, emailed };
    }
    const { version } = await updateAtVersion(tx, "ReviewRound", { ...change, data: { status: "CLOSED", closedAt: now } });
    await recordAuditEvent(tx, {
      ...on,
      action: "reviewRound.closed",
      before: { status: round.status, version: round.version },
      after: { status: "CLOSED", closedAt: now.toISOString(), version },
    });
    return { version, emailed: 0 };
  });
  if (result.emailed > 0) nudgeOutbox();
  return { version: result.version };
}

async function opening(
  tx: Prisma.TransactionClient,
  actor: CurrentUser,
  modificationId: string,
  round: { title: string; opensAt: Date; closesAt: Date; baselineId: string | null },
  now: Date,
) {
  if (round.closesAt <= now) {
    throw new AppError("VALIDATION", `This round's window ended on ${formatDateTime(round.closesAt)}: edit its closing time before opening it.`);
  }
  const baselineId = round.baselineId ?? (await freezeScope(tx, actor, modificationId, round.title, now));
  return { status: "OPEN" as const, openedAt: now, opensAt: round.opensAt < now ? round.opensAt : now, baselineId };
}

/** The requirements as they stand, under a name that says which round froze them. */
async function freezeScope(tx: Prisma.TransactionClient, actor: CurrentUser, modificationId: string, title: string, now: Date): Promise<string | null> {
  if ((await tx.requirement.count({ where: { modificationId } })) === 0) return null;
  const { date, time } = londonDateAndTime(now);
  const base = `Scope of ${title.slice(0, 80)} (${date} ${time})`;
  const taken = new Set((await tx.baseline.findMany({ where: { modificationId, name: { startsWith: base } }, select: { name: true } })).map((b) => b.name));
  let name = base;
  for (let n = 2; taken.has(name); n++) name = `${base} ${n}`;
  const { id } = await createBaselineIn(tx, actor, { modificationId, name, description: `Frozen when the review round "${title}" opened.` });
  return id;
}
