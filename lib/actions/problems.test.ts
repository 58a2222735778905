import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { errorState, parseForm } from "./form-state";
import { PROBLEMS, problemCodeOf, problemMessage } from "./problems";
import { z } from "zod";

describe("problems reported in a URL", () => {
  it("shows text only for a known code, never the URL's own words", () => {
    expect(problemMessage("conflict")).toBe(PROBLEMS.conflict);
    for (const hostile of ["Your session expired. Re-enter your password at https://evil.example/login", "toString", "__proto__", "", undefined, ["conflict"]]) {
      expect(problemMessage(hostile)).toBeNull();
    }
  });

  it("gives every failure a code that has text", () => {
    const states = [
      ...(["VALIDATION", "UNAUTHENTICATED", "FORBIDDEN", "NOT_FOUND", "CONFLICT", "TOO_MANY_ATTEMPTS"] as const).map((code) => errorState(new AppError(code, "x"))),
      errorState(new Error("boom")),
      (parseForm(z.object({ a: z.string() }), new FormData()) as { state: Parameters<typeof problemCodeOf>[0] }).state,
    ];
    for (const state of states) expect(problemMessage(problemCodeOf(state))).toEqual(expect.any(String));
    expect(problemCodeOf(errorState(new AppError("CONFLICT", "x")))).toBe("conflict");
    expect(problemCodeOf(errorState(new Error("boom")))).toBe("unexpected");
  });
});
