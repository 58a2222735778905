import { diffWordsWithSpace } from "diff";

/** One run of a word-by-word comparison: unchanged, added or removed text. */
export type DiffPart = { kind: "same" | "added" | "removed"; text: string };

/** Word-by-word comparison (jsdiff), keeping whitespace so the text reads as written. */
export function diffText(before: string, after: string): DiffPart[] {
  return diffWordsWithSpace(before, after).map((c) => ({ kind: c.added ? "added" : c.removed ? "removed" : "same", text: c.value }));
}

/** The two sides of a side-by-side view: the old text with its removals, the new one with its additions. */
export function sides(parts: DiffPart[]): { before: DiffPart[]; after: DiffPart[] } {
  return { before: parts.filter((p) => p.kind !== "added"), after: parts.filter((p) => p.kind !== "removed") };
}

export const isUnchanged = (parts: DiffPart[]) => parts.every((p) => p.kind === "same");

/** Fields compared as wholes (title, area, status, links): shown as "before → after" when they differ. */
export type ChangedField = { label: string; before: string; after: string };

export function changedFields(pairs: { label: string; before: string; after: string }[]): ChangedField[] {
  return pairs.filter((p) => p.before !== p.after);
}
