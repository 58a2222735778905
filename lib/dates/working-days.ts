/**
 * Working days in England and Wales: Monday to Friday, except bank holidays. A round "closes in
 * 2 working days" counts these. The table covers 2025–2027 (from the published list); extend it
 * before 2028 — a date past it is treated as an ordinary weekday.
 */
export const BANK_HOLIDAYS_ENGLAND_AND_WALES: ReadonlySet<string> = new Set([
  // 2025
  "2025-01-01", "2025-04-18", "2025-04-21", "2025-05-05", "2025-05-26", "2025-08-25", "2025-12-25", "2025-12-26",
  // 2026 (Boxing Day falls on a Saturday: substitute Monday 28 December)
  "2026-01-01", "2026-04-03", "2026-04-06", "2026-05-04", "2026-05-25", "2026-08-31", "2026-12-25", "2026-12-28",
  // 2027 (Christmas Day and Boxing Day fall at a weekend: substitutes 27 and 28 December)
  "2027-01-01", "2027-03-26", "2027-03-29", "2027-05-03", "2027-05-31", "2027-08-30", "2027-12-27", "2027-12-28",
]);

/** Whether a calendar date (YYYY-MM-DD) is a working day. */
export function isWorkingDay(date: string): boolean {
  const day = new Date(`${date}T12:00:00Z`).getUTCDay();
  return day !== 0 && day !== 6 && !BANK_HOLIDAYS_ENGLAND_AND_WALES.has(date);
}

/** The calendar date `count` working days after `date` (both YYYY-MM-DD). */
export function addWorkingDays(date: string, count: number): string {
  const d = new Date(`${date}T12:00:00Z`);
  for (let left = count; left > 0; ) {
    d.setUTCDate(d.getUTCDate() + 1);
    if (isWorkingDay(d.toISOString().slice(0, 10))) left--;
  }
  return d.toISOString().slice(0, 10);
}
