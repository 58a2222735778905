import { describe, expect, it } from "vitest";
import { formatDuration, londonDateAndTime, londonInstant } from "./london";

describe("London times", () => {
  it("reads GMT in winter and BST in summer", () => {
    expect(londonInstant("2026-01-15", "09:30")?.toISOString()).toBe("2026-01-15T09:30:00.000Z");
    expect(londonInstant("2026-07-15", "09:30")?.toISOString()).toBe("2026-07-15T08:30:00.000Z");
    expect(londonDateAndTime(new Date("2026-07-15T08:30:00Z"))).toEqual({ date: "2026-07-15", time: "09:30" });
  });

  it("refuses the hour skipped in March and takes the first of the hour repeated in October", () => {
    expect(londonInstant("2026-03-29", "01:30")).toBeNull();
    expect(londonInstant("2026-10-25", "01:30")?.toISOString()).toBe("2026-10-25T00:30:00.000Z");
  });

  it("refuses what is not a date and a time", () => {
    for (const [d, t] of [["2026-02-30", "10:00"], ["2026-01-01", "24:00"], ["tomorrow", "10:00"], ["2026-01-01", ""], [undefined, "10:00"]]) {
      expect(londonInstant(d, t)).toBeNull();
    }
  });

  it("says how long is left", () => {
    const now = new Date("2026-01-01T00:00:00Z");
    const after = (minutes: number) => new Date(now.getTime() + minutes * 60_000);
    expect(formatDuration(now, after(3 * 1440 + 4 * 60 + 5))).toBe("3 days 4 hours");
    expect(formatDuration(now, after(61))).toBe("1 hour 1 minute");
    expect(formatDuration(now, after(12))).toBe("12 minutes");
    expect(formatDuration(now, after(-5))).toBe("0 minutes");
  });
});
