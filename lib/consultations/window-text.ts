import "server-only";
import { londonDateAndTime } from "@/lib/dates/london";
import { isWorkingDay } from "@/lib/dates/working-days";
import type { ConsultationStatus } from "@/lib/generated/prisma/enums";
import { formatDateTime } from "@/lib/labels";

type Window = { status: ConsultationStatus; opensAt: Date; closesAt: Date; closedAt: Date | null };

/** "1 Jul 2030, 09:00 to 15 Jul 2030, 17:00 (London time)". */
export function consultationWindowText(c: Window): string {
  return `${formatDateTime(c.opensAt)} to ${formatDateTime(c.closesAt)} (London time)`;
}

/**
 * The working days left in a window, as of `now`: the working days (England and Wales: not
 * weekends, not bank holidays) from today to the closing day, both counted, by London dates. On a
 * Monday for a consultation closing that Friday: 5. On the closing day itself, a working day: 1.
 * 0 once it has closed, or when only non-working days remain.
 */
export function workingDaysLeft(closesAt: Date, now: Date): number {
  if (closesAt <= now) return 0;
  const last = londonDateAndTime(closesAt).date;
  const day = new Date(`${londonDateAndTime(now).date}T12:00:00Z`);
  let count = 0;
  for (let date = day.toISOString().slice(0, 10); date <= last; date = day.toISOString().slice(0, 10)) {
    if (isWorkingDay(date)) count++;
    day.setUTCDate(day.getUTCDate() + 1);
  }
  return count;
}

/** What the list and the page say of the time left: until it opens, working days until it closes, or when it closed. */
export function consultationTimeLeftText(c: Window, now: Date): string {
  if (c.status === "PLANNED") return c.opensAt > now ? `Planned to open on ${formatDateTime(c.opensAt)}` : "Due to open: waiting for SECAS";
  if (c.status === "OPEN") {
    const days = workingDaysLeft(c.closesAt, now);
    return days === 0 ? `No working days left: closes ${formatDateTime(c.closesAt)}` : `${days} working day${days === 1 ? "" : "s"} left`;
  }
  return `Closed ${formatDateTime(c.closedAt ?? c.closesAt)}`;
}
