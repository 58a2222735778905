import { describe, expect, it } from "vitest";
import { addWorkingDays, isWorkingDay } from "./working-days";

describe("working days in England and Wales", () => {
  it("skips weekends", () => {
    expect(addWorkingDays("2026-11-26", 2)).toBe("2026-11-30"); // Thursday → Monday
    expect(isWorkingDay("2026-11-28")).toBe(false);
  });

  it("skips bank holidays, substitutes included", () => {
    expect(addWorkingDays("2026-12-24", 1)).toBe("2026-12-29"); // Christmas Day, weekend, Boxing Day substitute
    expect(addWorkingDays("2027-03-25", 2)).toBe("2027-03-31"); // Good Friday, weekend, Easter Monday
    expect(isWorkingDay("2025-08-25")).toBe(false);
    expect(isWorkingDay("2025-08-26")).toBe(true);
  });

  it("knows any year's, not only a listed few", () => {
    expect(addWorkingDays("2027-12-31", 1)).toBe("2028-01-04"); // New Year's Day on a Saturday: substitute Monday 3 January 2028
    expect(isWorkingDay("2030-04-19")).toBe(false); // Good Friday 2030
    expect(isWorkingDay("2035-08-27")).toBe(false); // the last Monday of August 2035
    expect(isWorkingDay("2035-08-28")).toBe(true);
  });

  it("knows the one-off ones", () => {
    expect(isWorkingDay("2023-05-08")).toBe(false); // the coronation
    expect(isWorkingDay("2022-09-19")).toBe(false); // the state funeral
  });
});
