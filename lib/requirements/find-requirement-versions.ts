import "server-only";
import type { DbOrTx } from "@/lib/db";
import { AppError } from "@/lib/errors";

const VERSION_FIELDS = {
  version: true,
  title: true,
  body: true,
  status: true,
  links: true,
  changeNote: true,
  createdAt: true,
  area: { select: { title: true } },
  author: { select: { name: true } },
} as const;

/** Every version of a requirement, newest first, in a fixed number of queries. */
export async function findRequirementVersions(db: DbOrTx, requirementId: string) {
  return db.requirementVersion.findMany({
    where: { requirementId },
    orderBy: { version: "desc" },
    select: { version: true, title: true, status: true, changeNote: true, createdAt: true, author: { select: { name: true } } },
  });
}

/** Two versions of one requirement, to compare. */
export async function getVersionPair(db: DbOrTx, requirementId: string, from: number, to: number) {
  const rows = await db.requirementVersion.findMany({ where: { requirementId, version: { in: [from, to] } }, select: VERSION_FIELDS });
  const pick = (v: number) => {
    const row = rows.find((r) => r.version === v);
    if (!row) throw new AppError("NOT_FOUND", `This requirement has no version ${v}.`);
    return row;
  };
  return { from: pick(from), to: pick(to) };
}
