import { describe, expect, it } from "vitest";
import { implementationText } from "./labels";

describe("the overview's Implementation", () => {
  const planned = "To be confirmed (aligned with the MHHS programme)";

  it("shows what SECAS planned until the decision, or that nothing is decided", () => {
    expect(implementationText(planned, null)).toBe(planned);
    expect(implementationText(null, null)).toBe("Not yet decided");
  });

  it("shows the decision's release once approved, and none once rejected", () => {
    expect(implementationText(planned, { outcome: "APPROVED", implementationRelease: "2027-11" })).toBe("November 2027 SEC Release");
    expect(implementationText(null, { outcome: "APPROVED", implementationRelease: "2028-06" })).toBe("June 2028 SEC Release");
    expect(implementationText(planned, { outcome: "REJECTED", implementationRelease: null })).toBe("None: the modification was rejected");
  });
});
