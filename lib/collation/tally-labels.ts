import { IMPACT_LEVEL_LABELS, POSITION_LABELS } from "@/lib/labels";
import type { TallyKey } from "./visible-responses";

/** "Agree", "High impact", "Answered": a tally column's heading, on pages and in downloads. */
export function tallyLabel(key: TallyKey): string {
  if (key === "ANSWERED") return "Answered";
  return Object.hasOwn(IMPACT_LEVEL_LABELS, key) ? `${IMPACT_LEVEL_LABELS[key as keyof typeof IMPACT_LEVEL_LABELS]} impact` : POSITION_LABELS[key as keyof typeof POSITION_LABELS];
}
