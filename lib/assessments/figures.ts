import { monthsBetween } from "./releases";

/*
 * The DCC's figures as the pages read them (pence as numbers, not the database's BigInt), and the
 * comparison of two versions: pure functions, shared by the assessment page and the overview panel.
 */

/** A version row's figures and when it was made, as the list, the panel and the assessment page select them. */
export const VERSION_FIGURES = {
  number: true,
  designAndBuildPence: true,
  testingPence: true,
  implementationPence: true,
  ongoingPerYearPence: true,
  leadTimeWeeks: true,
  earliestRelease: true,
  systems: true,
  validUntil: true,
  illustrative: true,
  createdAt: true,
} as const;

export type DccFigures = {
  designAndBuildPence: number;
  testingPence: number;
  implementationPence: number;
  ongoingPerYearPence: number;
  leadTimeWeeks: number;
  earliestRelease: string;
  systems: string[];
};

export const COST_LINES = [
  { key: "designAndBuildPence", label: "Design and build" },
  { key: "testingPence", label: "Testing" },
  { key: "implementationPence", label: "Implementation" },
] as const;

/** The one-off cost: design and build, testing and implementation (ongoing costs are per year, apart). */
export const oneOffPence = (f: DccFigures) => f.designAndBuildPence + f.testingPence + f.implementationPence;

type Row = { designAndBuildPence: bigint; testingPence: bigint; implementationPence: bigint; ongoingPerYearPence: bigint; leadTimeWeeks: number; earliestRelease: string; systems: string[] };

/** A version row's figures in numbers (amounts are at most £10 billion: exact as numbers). */
export function figuresOf(row: Row): DccFigures {
  return {
    designAndBuildPence: Number(row.designAndBuildPence),
    testingPence: Number(row.testingPence),
    implementationPence: Number(row.implementationPence),
    ongoingPerYearPence: Number(row.ongoingPerYearPence),
    leadTimeWeeks: row.leadTimeWeeks,
    earliestRelease: row.earliestRelease,
    systems: row.systems,
  };
}

export type FiguresChange = {
  designAndBuildPence: number;
  testingPence: number;
  implementationPence: number;
  oneOffPence: number;
  ongoingPerYearPence: number;
  leadTimeWeeks: number;
  /** Months later (positive) or earlier (negative) the earliest release moved. */
  releaseMonths: number;
  systemsAdded: string[];
  systemsRemoved: string[];
  unchanged: boolean;
};

/** What changed from `before` to `after` (+ more, − less). */
export function compareFigures(before: DccFigures, after: DccFigures): FiguresChange {
  const change = {
    designAndBuildPence: after.designAndBuildPence - before.designAndBuildPence,
    testingPence: after.testingPence - before.testingPence,
    implementationPence: after.implementationPence - before.implementationPence,
    oneOffPence: oneOffPence(after) - oneOffPence(before),
    ongoingPerYearPence: after.ongoingPerYearPence - before.ongoingPerYearPence,
    leadTimeWeeks: after.leadTimeWeeks - before.leadTimeWeeks,
    releaseMonths: monthsBetween(before.earliestRelease, after.earliestRelease),
    systemsAdded: after.systems.filter((s) => !before.systems.includes(s)),
    systemsRemoved: before.systems.filter((s) => !after.systems.includes(s)),
  };
  const unchanged =
    change.oneOffPence === 0 &&
    change.designAndBuildPence === 0 &&
    change.testingPence === 0 &&
    change.implementationPence === 0 &&
    change.ongoingPerYearPence === 0 &&
    change.leadTimeWeeks === 0 &&
    change.releaseMonths === 0 &&
    change.systemsAdded.length === 0 &&
    change.systemsRemoved.length === 0;
  return { ...change, unchanged };
}

/** "+4 weeks", "−2 weeks", "no change". */
export function formatWeeksChange(weeks: number): string {
  if (weeks === 0) return "no change";
  return `${weeks > 0 ? "+" : "−"}${Math.abs(weeks)} week${Math.abs(weeks) === 1 ? "" : "s"}`;
}

/** "5 months later", "6 months earlier", "no change". */
export function formatReleaseChange(months: number): string {
  if (months === 0) return "no change";
  return `${Math.abs(months)} month${Math.abs(months) === 1 ? "" : "s"} ${months > 0 ? "later" : "earlier"}`;
}
