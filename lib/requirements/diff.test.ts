import { describe, expect, it } from "vitest";
import { changedFields, diffText, isUnchanged, sides } from "./diff";

describe("word-by-word comparison", () => {
  it("marks removed and added words and keeps the rest", () => {
    const parts = diffText("The DCC shall respond within 30 seconds.", "The DCC shall respond within 60 seconds.");
    expect(parts.filter((p) => p.kind === "removed").map((p) => p.text.trim())).toEqual(["30"]);
    expect(parts.filter((p) => p.kind === "added").map((p) => p.text.trim())).toEqual(["60"]);
    expect(parts.map((p) => (p.kind === "added" ? "" : p.text)).join("")).toBe("The DCC shall respond within 30 seconds.");
    expect(parts.map((p) => (p.kind === "removed" ? "" : p.text)).join("")).toBe("The DCC shall respond within 60 seconds.");
  });

  it("splits into the two sides of a side-by-side view", () => {
    const { before, after } = sides(diffText("a b", "a c"));
    expect(before.map((p) => p.text).join("")).toBe("a b");
    expect(after.map((p) => p.text).join("")).toBe("a c");
    expect(isUnchanged(diffText("same", "same"))).toBe(true);
  });

  it("lists only the fields that changed", () => {
    expect(
      changedFields([
        { label: "Title", before: "A", after: "A" },
        { label: "Status", before: "Draft", after: "Proposed" },
      ]),
    ).toEqual([{ label: "Status", before: "Draft", after: "Proposed" }]);
  });
});
