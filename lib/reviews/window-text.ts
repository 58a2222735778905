import "server-only";
import { formatDuration } from "@/lib/dates/london";
import type { WindowStatus } from "@/lib/generated/prisma/enums";
import { formatDateTime } from "@/lib/labels";

type Window = { status: WindowStatus; opensAt: Date; closesAt: Date; closedAt: Date | null };

/** "1 Jul 2030, 09:00 to 15 Jul 2030, 17:00 (London time)". */
export function windowText(round: Window): string {
  return `${formatDateTime(round.opensAt)} to ${formatDateTime(round.closesAt)} (London time)`;
}

/** The time left as the page is drawn: until it opens, until it closes, or when it closed. */
export function timeLeftText(round: Window, now: Date): string {
  if (round.status === "CLOSED") return `Closed ${formatDateTime(round.closedAt ?? round.closesAt)}`;
  if (round.status === "OPEN") return `Closes in ${formatDuration(now, round.closesAt)}`;
  return round.opensAt > now ? `Planned to open in ${formatDuration(now, round.opensAt)}` : "Due to open: waiting for SECAS";
}
