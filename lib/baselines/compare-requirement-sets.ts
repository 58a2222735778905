import "server-only";
import type { DbOrTx } from "@/lib/db";
import { REQUIREMENT_STATUS_LABELS } from "@/lib/labels";
import { changedFields, diffText, type DiffPart, type ChangedField } from "@/lib/requirements/diff";
import { getBaseline, getBaselineRequirements, getCurrentRequirements, inReadingOrder, type BaselineHeader, type RequirementSnapshot } from "./get-baseline-requirements";
import { NOW } from "./schemas";

export type RequirementChange = {
  before: RequirementSnapshot;
  after: RequirementSnapshot;
  /** Title, status and area when they differ, as "before → after". */
  fields: ChangedField[];
  bodyChanged: boolean;
  /** Word redline of the body, from the earlier text to the later. */
  body: DiffPart[];
};

export type Comparison = {
  /** Only in the later set. */
  added: RequirementSnapshot[];
  /** Withdrawn since the earlier set (after is null when the requirement is missing from the later set). */
  withdrawn: { before: RequirementSnapshot; after: RequirementSnapshot | null }[];
  changed: RequirementChange[];
  unchanged: number;
};

/** Compares two sets of requirement versions by requirement (never by ref or row number). */
export function compareRequirementSets(earlier: RequirementSnapshot[], later: RequirementSnapshot[]): Comparison {
  const before = new Map(earlier.map((s) => [s.requirementId, s]));
  const after = new Map(later.map((s) => [s.requirementId, s]));
  const result: Comparison = { added: [], withdrawn: [], changed: [], unchanged: 0 };

  for (const s of inReadingOrder(later)) if (!before.has(s.requirementId)) result.added.push(s);
  for (const b of inReadingOrder(earlier)) {
    const a = after.get(b.requirementId) ?? null;
    if (!a || (a.status === "WITHDRAWN" && b.status !== "WITHDRAWN")) {
      result.withdrawn.push({ before: b, after: a });
      continue;
    }
    const fields = changedFields([
      { label: "Title", before: b.title, after: a.title },
      { label: "Status", before: REQUIREMENT_STATUS_LABELS[b.status], after: REQUIREMENT_STATUS_LABELS[a.status] },
      { label: "Area", before: b.area.title, after: a.area.title },
    ]);
    const bodyChanged = a.body !== b.body;
    if (fields.length === 0 && !bodyChanged) result.unchanged++;
    else result.changed.push({ before: b, after: a, fields, bodyChanged, body: diffText(b.body, a.body) });
  }
  return result;
}

export type ComparisonSide = { kind: "baseline"; baseline: BaselineHeader } | { kind: "now" };

/**
 * Loads and compares two sides, each a baseline of the modification or "now" (every requirement's
 * current version): at most six queries whatever the number of requirements.
 */
export async function compareSides(db: DbOrTx, modificationId: string, fromId: string, toId: string) {
  const load = async (id: string): Promise<{ side: ComparisonSide; requirements: RequirementSnapshot[] }> => {
    if (id === NOW) return { side: { kind: "now" }, requirements: await getCurrentRequirements(db, modificationId) };
    const baseline = await getBaseline(db, modificationId, id);
    return { side: { kind: "baseline", baseline }, requirements: await getBaselineRequirements(db, baseline.id) };
  };
  const [from, to] = await Promise.all([load(fromId), load(toId)]);
  return { from: from.side, to: to.side, comparison: compareRequirementSets(from.requirements, to.requirements) };
}
