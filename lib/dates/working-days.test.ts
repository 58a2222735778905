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
});
