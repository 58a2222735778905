/**
 * Review windows are entered and shown as London wall-clock times (GMT in winter, BST in summer)
 * and stored as instants. These convert between the two with the platform's time-zone data.
 */
const ZONE = "Europe/London";
const PARTS = new Intl.DateTimeFormat("en-GB", {
  timeZone: ZONE,
  hourCycle: "h23",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
});

/** The London date (YYYY-MM-DD) and time (HH:MM) of an instant, as a form's date and time fields take them. */
export function londonDateAndTime(instant: Date): { date: string; time: string } {
  const p = Object.fromEntries(PARTS.formatToParts(instant).map((part) => [part.type, part.value]));
  return { date: `${p.year}-${p.month}-${p.day}`, time: `${p.hour}:${p.minute}` };
}

/**
 * The instant a London date and time name, or null when they are malformed or name no instant (the
 * hour skipped when the clocks go forward). In the hour that happens twice in October, the first
 * (BST) is meant.
 */
export function londonInstant(date: unknown, time: unknown): Date | null {
  if (typeof date !== "string" || typeof time !== "string") return null;
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date.trim());
  const t = /^(\d{2}):(\d{2})$/.exec(time.trim());
  if (!d || !t) return null;
  const [year, month, day, hour, minute] = [...d.slice(1), ...t.slice(1)].map(Number) as [number, number, number, number, number];
  const asUtc = Date.UTC(year, month - 1, day, hour, minute);
  // London is UTC or UTC+1: try BST first, then GMT, and keep the one that reads back as asked.
  for (const offsetHours of [1, 0]) {
    const candidate = new Date(asUtc - offsetHours * 3_600_000);
    const back = londonDateAndTime(candidate);
    if (back.date === date.trim() && back.time === time.trim()) return candidate;
  }
  return null;
}

/** "3 days 4 hours", "5 hours 10 minutes", "12 minutes": how long until `until`, for a window's time left. */
export function formatDuration(from: Date, until: Date): string {
  const minutes = Math.max(0, Math.floor((until.getTime() - from.getTime()) / 60_000));
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const rest = minutes % 60;
  const unit = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
  if (days > 0) return hours > 0 ? `${unit(days, "day")} ${unit(hours, "hour")}` : unit(days, "day");
  if (hours > 0) return rest > 0 ? `${unit(hours, "hour")} ${unit(rest, "minute")}` : unit(hours, "hour");
  return unit(rest, "minute");
}
