import { describe, expect, it } from "vitest";
import { findMentions } from "./find-mentions";

const people = [
  { id: "ann", name: "Ann", email: "ann@example.com" },
  { id: "annlee", name: "Ann Lee", email: "ann.lee@example.com" },
  { id: "raj", name: "Raj Patel", email: "raj@example.org" },
];

describe("findMentions", () => {
  it("finds names (longest first, any case) and email addresses, each once", () => {
    expect(findMentions("Thanks @ann lee, and @Raj Patel. Also @raj@example.org!", people)).toEqual({ ok: true, userIds: ["annlee", "raj"] });
    expect(findMentions("@Ann: see BR-03", people)).toEqual({ ok: true, userIds: ["ann"] });
  });

  it("ignores addresses, code and a lone @", () => {
    expect(findMentions("Write to ann@example.com, or run `@Nobody` — @ is fine", people)).toEqual({ ok: true, userIds: [] });
    expect(findMentions("```\n@Nobody\n```", people)).toEqual({ ok: true, userIds: [] });
  });

  it("refuses an unknown mention with a message naming it", () => {
    expect(findMentions("cc @Annie", people)).toEqual({ ok: false, message: expect.stringContaining('"@Annie" is not a participant') });
    expect(findMentions("cc @who@example.com", people)).toEqual({ ok: false, message: expect.stringContaining('"@who@example.com"') });
  });
});
