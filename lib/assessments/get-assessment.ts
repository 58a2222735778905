import "server-only";
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { compareFigures, figuresOf, VERSION_FIGURES } from "./figures";

/**
 * One assessment with every version, newest first, each compared with the one before it. Loaded
 * WHERE id AND modificationId: an assessment of another modification is not found.
 */
export async function getAssessment(db: Db, modificationId: string, assessmentId: string) {
  const a = await db.dccAssessment.findFirst({
    where: { id: assessmentId, modificationId },
    select: {
      id: true,
      kind: true,
      status: true,
      dueOn: true,
      request: true,
      version: true,
      createdAt: true,
      requestedBy: { select: { name: true } },
      baseline: { select: { id: true, name: true } },
      versions: {
        orderBy: { number: "desc" },
        select: {
          ...VERSION_FIGURES,
          id: true,
          assumptions: true,
          changeNote: true,
          author: { select: { name: true } },
        },
      },
    },
  });
  if (!a) throw new AppError("NOT_FOUND", "That assessment does not exist.");
  const versions = a.versions.map((v) => ({
    id: v.id,
    number: v.number,
    figures: figuresOf(v),
    assumptions: v.assumptions,
    validUntil: v.validUntil,
    illustrative: v.illustrative,
    changeNote: v.changeNote,
    recordedAt: v.createdAt,
    author: v.author.name,
  }));
  return {
    ...a,
    versions: versions.map((v, i) => ({ ...v, change: versions[i + 1] ? compareFigures(versions[i + 1]!.figures, v.figures) : null })),
  };
}
