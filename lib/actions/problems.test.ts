import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { errorState, parseForm } from "./form-state";
import { PROBLEMS, problemCodeOf, problemMessage, problemQueryFor, problemText } from "./problems";
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

describe("a refusal in the command's own words", () => {
  const WHY = "Record the votes of the members present before closing the meeting.";
  const refused = errorState(new AppError("VALIDATION", WHY));
  const query = (text: string) => Object.fromEntries(new URLSearchParams(text));

  it("travels signed for the person it was written for, and only they read it", () => {
    const sent = query(problemQueryFor(refused, "user-1"));
    expect(sent).toMatchObject({ problem: "invalid", why: WHY, sig: expect.any(String) });
    expect(problemText(sent, "user-1")).toBe(WHY);
    // Passed on to someone else, or read signed out: the code's own text.
    expect(problemText(sent, "user-2")).toBe(PROBLEMS.invalid);
    expect(problemText(sent, null)).toBe(PROBLEMS.invalid);
  });

  it("shows the code's text for words changed, a code changed, a forged or missing signature", () => {
    const sent = query(problemQueryFor(refused, "user-1"));
    const hostile = "Your session expired. Re-enter your password at https://evil.example/login";
    for (const forged of [
      { ...sent, why: hostile },
      { ...sent, problem: "conflict" },
      { ...sent, sig: sent.sig!.slice(1) },
      { ...sent, sig: "x".repeat(sent.sig!.length) },
      { ...sent, sig: undefined },
      { ...sent, sig: [sent.sig] },
      { problem: "invalid", why: hostile },
    ]) {
      expect(problemText(forged, "user-1")).toBe(problemMessage(forged.problem));
    }
    expect(problemText({ ...sent, problem: "toString" }, "user-1")).toBeNull();
  });

  it("is not sent for a refusal that names fields (a plain form shows none), an unexpected error, or nobody signed in", () => {
    const malformed = (parseForm(z.object({ a: z.string() }), new FormData()) as { state: Parameters<typeof problemCodeOf>[0] }).state;
    expect(problemQueryFor(malformed, "user-1")).toBe("problem=invalid");
    expect(problemQueryFor(errorState(new Error("boom")), "user-1")).toBe("problem=unexpected");
    expect(problemQueryFor(refused, null)).toBe("problem=invalid");
    expect(query(problemQueryFor(errorState(new AppError("CONFLICT", "Taken.", { memberName: ["Taken."] })), "user-1")).why).toBeUndefined();
  });
});
