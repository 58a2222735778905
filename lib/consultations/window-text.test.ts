import { describe, expect, it } from "vitest";
import { consultationTimeLeftText, workingDaysLeft } from "./window-text";

// Working days left count London dates, skip weekends and England and Wales bank holidays, and
// count today and the closing day.
describe("working days left in a consultation's window", () => {
  it.each([
    ["Monday to Good Friday: Good Friday is not a working day", "2027-03-22T10:00:00Z", "2027-03-26T17:00:00Z", 4],
    ["across Easter: Good Friday, the weekend and Easter Monday skipped", "2027-03-22T10:00:00Z", "2027-03-30T16:00:00Z", 5],
    ["on the closing day, before it closes", "2027-03-30T08:00:00Z", "2027-03-30T16:00:00Z", 1],
    ["a weekend before a Sunday close", "2027-04-03T10:00:00Z", "2027-04-04T16:00:00Z", 0],
    ["once closed", "2027-03-30T17:00:00Z", "2027-03-30T16:00:00Z", 0],
    // 31 May 2027 is a bank holiday; 23:30 UTC on 1 June is 00:30 on 2 June in London (BST).
    ["by London dates in summer time", "2027-05-31T09:00:00Z", "2027-06-01T23:30:00Z", 2],
  ])("%s", (_, now, closesAt, days) => {
    expect(workingDaysLeft(new Date(closesAt), new Date(now))).toBe(days);
  });

  it("reads as the list and the page show it", () => {
    const window = { opensAt: new Date("2027-03-01T09:00:00Z"), closesAt: new Date("2027-03-26T17:00:00Z"), closedAt: null };
    expect(consultationTimeLeftText({ ...window, status: "OPEN" }, new Date("2027-03-22T10:00:00Z"))).toBe("4 working days left");
    expect(consultationTimeLeftText({ ...window, status: "OPEN" }, new Date("2027-03-26T10:00:00Z"))).toBe("No working days left: closes 26 Mar 2027, 17:00");
    expect(consultationTimeLeftText({ ...window, status: "CLOSED", closedAt: new Date("2027-03-20T12:00:00Z") }, new Date())).toMatch(/^Closed 20 Mar 2027, 12:00$/);
  });
});
