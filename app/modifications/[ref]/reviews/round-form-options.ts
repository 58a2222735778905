import { findBaselines } from "@/lib/baselines/find-baselines";
import { londonDateAndTime } from "@/lib/dates/london";
import type { DbOrTx } from "@/lib/db";
import { Committee } from "@/lib/generated/prisma/enums";
import { COMMITTEE_LABELS } from "@/lib/labels";
import type { RoundFormStart } from "@/components/review-round-form";

/** The choices the round form offers: every committee (the Working Group included) and the modification's baselines. */
export async function roundFormOptions(db: DbOrTx, modificationId: string) {
  const baselines = await findBaselines(db, modificationId);
  return {
    committees: Object.values(Committee).map((value) => ({ value, label: COMMITTEE_LABELS[value] })),
    baselines: baselines.map((b) => ({ value: b.id, label: `${b.name} (${b.requirementCount} requirements)` })),
  };
}

/** A round's fields as the form shows them: questions one per line, the window as London dates and times. */
export function roundFormStart(round: {
  committee: Committee;
  title: string;
  introduction: string;
  opensAt: Date;
  closesAt: Date;
  baselineId: string | null;
  questions: { text: string }[];
}): RoundFormStart {
  const opens = londonDateAndTime(round.opensAt);
  const closes = londonDateAndTime(round.closesAt);
  return {
    committee: round.committee,
    title: round.title,
    introduction: round.introduction,
    questions: round.questions.map((q) => q.text).join("\n"),
    opensDate: opens.date,
    opensTime: opens.time,
    closesDate: closes.date,
    closesTime: closes.time,
    baselineId: round.baselineId ?? "",
  };
}
