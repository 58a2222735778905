import { describe, expect, it } from "vitest";
import { pageCountOf, pageNumberSchema } from "./address";

describe("page numbers in addresses", () => {
  it("reads a page number, and takes nonsense for the first page", () => {
    expect(pageNumberSchema.parse("3")).toBe(3);
    expect(pageNumberSchema.parse(["2", "5"])).toBe(2);
    for (const nonsense of ["0", "-1", "two", "1e9", "2.5", undefined, ""]) expect(pageNumberSchema.parse(nonsense), String(nonsense)).toBe(1);
  });

  it("counts the pages of a list: at least one, a part-filled last page counted", () => {
    expect([0, 1, 25, 26, 50, 51].map((total) => pageCountOf(total, 25))).toEqual([1, 1, 1, 2, 2, 3]);
  });
});
