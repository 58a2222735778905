import { describe, expect, it } from "vitest";
import { applySuggestion } from "./suggestion";

describe("a proposed wording carried into the edit form", () => {
  it("replaces the quoted passage once, whatever whitespace the text has", () => {
    expect(applySuggestion("The DCC shall\n  respond within 5 seconds. The DCC shall log.", "DCC shall respond", "DCC must reply")).toBe("The DCC must reply within 5 seconds. The DCC shall log.");
  });
  it("treats the passage as text, not a pattern, and gives null once it is gone", () => {
    expect(applySuggestion("Costs (£) apply.", "(£)", "in pounds")).toBe("Costs in pounds apply.");
    expect(applySuggestion("Rewritten entirely.", "respond within", "x")).toBeNull();
    expect(applySuggestion("Text", "   ", "x")).toBeNull();
  });
});
