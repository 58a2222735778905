import "server-only";
import type { DbOrTx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { isLookupKey } from "@/lib/validation/text";
import type { RequirementStatus } from "@/lib/generated/prisma/enums";

/** One requirement as one version of it reads: what a baseline froze, or what it says now. */
export type RequirementSnapshot = {
  /** Requirement.id: stable for ever, whatever its ref, area or text. */
  requirementId: string;
  ref: string;
  number: number;
  position: number;
  version: number;
  title: string;
  body: string;
  status: RequirementStatus;
  area: { id: string; code: string; title: string; position: number };
  /** When this version was written. */
  changedAt: Date;
};

const VERSION_SELECT = {
  version: true,
  title: true,
  body: true,
  status: true,
  createdAt: true,
  area: { select: { id: true, code: true, title: true, position: true } },
  requirement: { select: { id: true, ref: true, number: true, position: true } },
} as const;

type VersionRow = {
  version: number;
  title: string;
  body: string;
  status: RequirementStatus;
  createdAt: Date;
  area: RequirementSnapshot["area"];
  requirement: { id: string; ref: string; number: number; position: number };
};

function toSnapshot(v: VersionRow): RequirementSnapshot {
  const { requirement, createdAt, ...rest } = v;
  return { ...rest, requirementId: requirement.id, ref: requirement.ref, number: requirement.number, position: requirement.position, changedAt: createdAt };
}

/** In reading order: by area, then the requirement's place in its area. */
export function inReadingOrder(snapshots: RequirementSnapshot[]): RequirementSnapshot[] {
  return [...snapshots].sort((a, b) => a.area.position - b.area.position || a.position - b.position || a.number - b.number);
}

/** A baseline of this modification (its name and who froze it), or NOT_FOUND. */
export async function getBaseline(db: DbOrTx, modificationId: string, baselineId: string) {
  if (!isLookupKey(baselineId, 64)) throw new AppError("NOT_FOUND", "There is no such baseline for this modification.");
  const baseline = await db.baseline.findFirst({
    where: { id: baselineId, modificationId },
    select: { id: true, name: true, description: true, createdAt: true, createdBy: { select: { name: true } } },
  });
  if (!baseline) throw new AppError("NOT_FOUND", "There is no such baseline for this modification.");
  return baseline;
}

export type BaselineHeader = Awaited<ReturnType<typeof getBaseline>>;

/** The requirements as a baseline froze them, from its RequirementVersion rows: one query. */
export async function getBaselineRequirements(db: DbOrTx, baselineId: string): Promise<RequirementSnapshot[]> {
  const versions = await db.requirementVersion.findMany({ where: { baselines: { some: { baselineId } } }, select: VERSION_SELECT });
  return inReadingOrder(versions.map(toSnapshot));
}

/** Every requirement of the modification at its current version (the one Requirement.version names): two queries. */
export async function getCurrentRequirements(db: DbOrTx, modificationId: string): Promise<RequirementSnapshot[]> {
  const requirements = await db.requirement.findMany({ where: { modificationId }, select: { id: true, version: true } });
  if (requirements.length === 0) return [];
  const versions = await db.requirementVersion.findMany({
    where: { OR: requirements.map((r) => ({ requirementId: r.id, version: r.version })) },
    select: VERSION_SELECT,
  });
  return inReadingOrder(versions.map(toSnapshot));
}

/** Snapshots under their areas, for pages that show requirements area by area. */
export function groupByArea(snapshots: RequirementSnapshot[]) {
  const groups = new Map<string, { area: RequirementSnapshot["area"]; requirements: RequirementSnapshot[] }>();
  for (const s of inReadingOrder(snapshots)) {
    const group = groups.get(s.area.id) ?? { area: s.area, requirements: [] };
    group.requirements.push(s);
    groups.set(s.area.id, group);
  }
  return [...groups.values()];
}
