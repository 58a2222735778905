import "server-only";
import type { CurrentUser } from "@/lib/auth/current-user";
import { requirePermission } from "@/lib/auth/require-permission";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { OverviewSection } from "@/lib/generated/prisma/enums";
import { updateAtVersion } from "@/lib/versioning/update-at-version";
import { parseInput } from "./parse-input";
import { editSectionsSchema, SECTION_COLUMNS, type SectionColumn } from "./schemas";

type Texts = Record<SectionColumn, string>;
type Target = { modificationId: string; expectedVersion: number; changeNote: string } & Texts;

const SECTIONS = Object.entries(SECTION_COLUMNS) as [OverviewSection, SectionColumn][];

/**
 * SECAS edits the overview's sections (Markdown). Each section that changed gets a new numbered
 * version (append-only history: a trigger refuses UPDATE and DELETE), and its current text is
 * written on the modification, which the pages read. The save goes through only if nobody saved
 * meanwhile (the modification's version); saving with nothing changed is refused.
 */
export async function editOverviewSections(db: Db, actor: CurrentUser | null, target: Target): Promise<{ version: number; changed: OverviewSection[] }> {
  requirePermission(actor, "modification.manage");
  const { expectedVersion, changeNote, ...texts } = parseInput(editSectionsSchema, target);
  return db.$transaction(async (tx) => {
    const m = await tx.modification.findUnique({
      where: { id: target.modificationId },
      select: { draftRef: true, proposalRef: true, version: true, summary: true, issue: true, solution: true, whoIsImpacted: true, secDocumentsAffected: true },
    });
    if (!m) throw new AppError("NOT_FOUND", "That modification does not exist.");
    const changed = SECTIONS.filter(([, column]) => texts[column] !== m[column]);
    if (changed.length === 0) throw new AppError("VALIDATION", "Nothing was changed: edit a section before saving.");
    const data = Object.fromEntries(changed.map(([, column]) => [column, texts[column]])) as Partial<Texts>;
    const { version } = await updateAtVersion(tx, "Modification", {
      id: target.modificationId,
      expectedVersion,
      data,
      what: `the overview of ${m.proposalRef ?? m.draftRef}`,
    });
    const latest = await tx.modificationSectionVersion.groupBy({
      by: ["section"],
      where: { modificationId: target.modificationId, section: { in: changed.map(([s]) => s) } },
      _max: { number: true },
    });
    const last = new Map(latest.map((l) => [l.section, l._max.number ?? 0]));
    await tx.modificationSectionVersion.createMany({
      data: changed.map(([section, column]) => ({
        modificationId: target.modificationId,
        section,
        number: (last.get(section) ?? 0) + 1,
        text: texts[column],
        authorId: actor.id,
        changeNote,
      })),
    });
    const before = Object.fromEntries(changed.map(([, column]) => [column, m[column]])) as Partial<Texts>;
    await recordAuditEvent(tx, {
      actorId: actor.id,
      modificationId: target.modificationId,
      action: "modification.sectionsEdited",
      entityType: "Modification",
      entityId: target.modificationId,
      before: { ...before, version: m.version },
      after: { ...data, changeNote, version },
    });
    return { version, changed: changed.map(([s]) => s) };
  });
}
