import { toString } from "mdast-util-to-string";
import type { DbOrTx } from "@/lib/db";
import { REQUIREMENT_STATUS_LABELS } from "@/lib/labels";
import { parseMarkdown } from "../render/markdown";
import type { GeneratedSections } from "./types";

/** The business requirements as the chosen baseline froze them (none without a baseline). One query. */
export async function readRequirementsSection(db: DbOrTx, baselineId: string | null): Promise<Pick<GeneratedSections, "baseline" | "requirements">> {
  if (!baselineId) return { baseline: null, requirements: [] };
  const baseline = await db.baseline.findUniqueOrThrow({
    where: { id: baselineId },
    select: {
      name: true,
      createdAt: true,
      entries: {
        select: {
          requirementVersion: {
            select: { version: true, title: true, body: true, status: true, area: { select: { title: true, position: true } }, requirement: { select: { ref: true, position: true } } },
          },
        },
      },
    },
  });
  const rows = baseline.entries
    .map((e) => e.requirementVersion)
    .sort((a, b) => a.area.position - b.area.position || a.requirement.position - b.requirement.position)
    .map((v) => ({
      ref: v.requirement.ref,
      area: v.area.title,
      title: v.title,
      status: REQUIREMENT_STATUS_LABELS[v.status],
      version: v.version,
      // Plain text in the table: the requirement's Markdown read as words.
      text: toString(parseMarkdown(v.body), { includeImageAlt: true }).replace(/\s+/g, " ").trim(),
    }));
  return { baseline: { name: baseline.name, frozenOn: baseline.createdAt.toISOString() }, requirements: rows };
}
