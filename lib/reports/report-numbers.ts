/** A report version's number as readers see it ("0.1", "1.0") and its parts, which order versions. */
export type ReportNumber = { number: string; major: number; minor: number };

const NUMBER = /^(\d{1,3})\.(\d{1,3})$/;

/** "0.2" → { major 0, minor 2 }; null for anything else ("v0.2", "0.2.1", "1"). */
export function parseReportNumber(text: string): ReportNumber | null {
  const match = NUMBER.exec(text.trim());
  if (!match) return null;
  const major = Number(match[1]);
  const minor = Number(match[2]);
  return { number: `${major}.${minor}`, major, minor };
}

export const compareReportNumbers = (a: { major: number; minor: number }, b: { major: number; minor: number }) => a.major - b.major || a.minor - b.minor;

/** The version after the latest: 0.1 for the first, then 0.2, 0.3 … (SECAS types 1.0 for the Report Phase). */
export function nextReportNumber(latest: { major: number; minor: number } | null): string {
  return latest ? `${latest.major}.${latest.minor + 1}` : "0.1";
}
