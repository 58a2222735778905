/*
 * SEC releases happen in June and November: an earliest release is one of them, held as
 * "2027-06" or "2027-11" (the database refuses anything else too).
 */

export const RELEASE_PATTERN = /^(\d{4})-(06|11)$/;

/** "June 2027 SEC Release". */
export function releaseLabel(release: string): string {
  const match = RELEASE_PATTERN.exec(release);
  if (!match) return release;
  return `${match[2] === "06" ? "June" : "November"} ${match[1]} SEC Release`;
}

/** The releases a form offers: June and November of this year (those still ahead) and the next `years`. */
export function upcomingReleases(now: Date, years = 6): { value: string; label: string }[] {
  const year = now.getUTCFullYear();
  const month = now.getUTCMonth() + 1;
  const releases: string[] = [];
  for (let y = year; y <= year + years; y++) {
    for (const m of ["06", "11"]) if (y > year || Number(m) > month) releases.push(`${y}-${m}`);
  }
  return releases.map((value) => ({ value, label: releaseLabel(value) }));
}

/** Months from one release to another, for "moved later by 5 months". */
export function monthsBetween(from: string, to: string): number {
  const a = RELEASE_PATTERN.exec(from);
  const b = RELEASE_PATTERN.exec(to);
  if (!a || !b) return 0;
  return (Number(b[1]) - Number(a[1])) * 12 + (Number(b[2]) - Number(a[2]));
}
