import { z } from "zod";

/** "DP162" or "MP162" (any case) in an address → 162. A modification keeps its DP address for ever. */
export const modificationRefSchema = z
  .string()
  .regex(/^(dp|mp)\d{1,5}$/i, "A modification reference looks like DP162 or MP162")
  .transform((ref) => ({ prefix: ref.slice(0, 2).toUpperCase() as "DP" | "MP", number: Number(ref.slice(2)) }));

/** The reference people use today: MP once the Panel converted it, DP before. */
export function currentRef(m: { draftRef: string; proposalRef: string | null }): string {
  return m.proposalRef ?? m.draftRef;
}

export function modificationPath(m: { draftRef: string }, ...rest: string[]): string {
  return ["", "modifications", m.draftRef, ...rest].join("/");
}
