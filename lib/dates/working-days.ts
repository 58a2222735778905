import Holidays from "date-holidays";

/**
 * Working days in England and Wales: Monday to Friday, except bank holidays. A round "closes in
 * 2 working days" counts these. The bank holidays come from date-holidays — the recurring rules,
 * substitute days and the one-off royal ones — so any year is covered, and an update of the
 * package brings a newly announced one.
 */
let englandAndWales: Holidays | undefined;
const holidaysByYear = new Map<number, ReadonlySet<string>>();

/** England and Wales' bank holidays in a year, as YYYY-MM-DD dates. */
export function bankHolidays(year: number): ReadonlySet<string> {
  let dates = holidaysByYear.get(year);
  if (!dates) {
    // Built once, on first need: loading the package's data takes ~0.1 s.
    englandAndWales ??= new Holidays("GB", "ENG");
    dates = new Set(englandAndWales.getHolidays(year).filter((h) => h.type === "public").map((h) => h.date.slice(0, 10)));
    holidaysByYear.set(year, dates);
  }
  return dates;
}

/** Whether a calendar date (YYYY-MM-DD) is a working day. */
export function isWorkingDay(date: string): boolean {
  const day = new Date(`${date}T12:00:00Z`).getUTCDay();
  return day !== 0 && day !== 6 && !bankHolidays(Number(date.slice(0, 4))).has(date);
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
