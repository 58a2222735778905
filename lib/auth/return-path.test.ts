import { describe, expect, it } from "vitest";
import { safeReturnPath } from "./return-path";

const PORTAL = "https://portal.example.org";
const C0 = Array.from({ length: 0x20 }, (_, code) => String.fromCharCode(code));
// Every C0 control, space and DEL, plus the Unicode spaces a browser might be thought to trim.
const AWKWARD = [...C0, " ", "\u007f", "\u00a0", "\u2028", "\u3000", "\ufeff"];
const name = (s: string) => JSON.stringify(s);

/** The property that matters: a browser at the portal, following the redirect, stays on the portal. */
function staysOnPortal(returned: string) {
  const followed = new URL(returned, PORTAL);
  expect(followed.origin).toBe(PORTAL);
  expect(returned.startsWith("/")).toBe(true);
  expect(returned.startsWith("//")).toBe(false);
  expect(returned).not.toMatch(/^\/[\\\t\n\r]/);
}

describe("the return path after signing in", () => {
  it("keeps paths on this site, with their query and fragment", () => {
    for (const path of ["/", "/modifications/DP162/requirements", "/search?q=MDR&page=2", "/modifications/DP162/requirements/BR-01#links"]) {
      expect(safeReturnPath(path, PORTAL)).toBe(path);
    }
    // a full address on the portal itself comes back as its path
    expect(safeReturnPath(`${PORTAL}/modifications/DP162`, PORTAL)).toBe("/modifications/DP162");
  });

  it("drops other origins, schemes and non-strings", () => {
    const bad = ["https://evil.example", "//evil.example", "http://portal.example.org/", "https://portal.example.org.evil.example/", "javascript:alert(1)",
      "data:text/html,hi", "", undefined, null, 42, ["/"]];
    for (const value of bad) expect(safeReturnPath(value, PORTAL), name(String(value))).toBe("/");
  });

  it("drops backslash variants, which browsers read as slashes", () => {
    for (const value of ["/\\evil.example", "\\/evil.example", "\\\\evil.example", "/\\/evil.example", decodeURIComponent("/%5Cevil.example"), "https:\\\\evil.example"]) {
      expect(safeReturnPath(value, PORTAL), name(value)).toBe("/");
    }
    // still percent-encoded, a backslash is just a character of a path on the portal
    staysOnPortal(safeReturnPath("/%5Cevil.example", PORTAL));
  });

  it("drops paths that normalise to another host", () => {
    for (const value of ["/x/..//evil.example", "/.//evil.example", "/%2e//evil.example", "/x/%2E%2E//evil.example"]) {
      expect(safeReturnPath(value, PORTAL), name(value)).toBe("/");
    }
  });

  it("https:evil with a relative scheme stays on an https portal or is dropped", () => {
    staysOnPortal(safeReturnPath("https:evil.example", PORTAL));
    expect(safeReturnPath("https:evil.example", "http://portal.example.org")).toBe("/");
  });

  // The payloads (%2F%09%2Fevil.example and /%09%5Cevil.example), generalised: every
  // awkward character before, between and after the slashes, and with backslashes.
  for (const c of AWKWARD) {
    it(`never leaves the portal with ${name(c)} around the slashes`, () => {
      const payloads = [
        `/${c}/evil.example`, `${c}//evil.example`, `//${c}evil.example`, `/${c}\\evil.example`, `\\${c}/evil.example`, `${c}/\\evil.example`,
        `/${c}${c}/evil.example`, `${c}https://evil.example`, `java${c}script:alert(1)`, `${c}javascript:alert(1)`, `https:${c}//evil.example`,
      ];
      for (const payload of payloads) {
        const returned = safeReturnPath(payload, PORTAL);
        staysOnPortal(returned);
        expect(new URL(returned, PORTAL).host, name(payload)).toBe("portal.example.org");
      }
    });
  }

  it("treats the issue's TAB payload, as Next decodes it, as another host", () => {
    expect(safeReturnPath(decodeURIComponent("%2F%09%2Fevil.example"), PORTAL)).toBe("/");
    expect(safeReturnPath(decodeURIComponent("/%09%5Cevil.example"), PORTAL)).toBe("/");
  });

  it("uses NEXTAUTH_URL as the portal's origin, and never an opaque one", () => {
    const previous = process.env.NEXTAUTH_URL;
    try {
      process.env.NEXTAUTH_URL = "http://localhost:3101/";
      expect(safeReturnPath("http://localhost:3101/modifications", undefined)).toBe("/modifications");
      expect(safeReturnPath("/\t/evil.example")).toBe("/");
      process.env.NEXTAUTH_URL = "foo:bar";
      expect(safeReturnPath("javascript:alert(1)")).toBe("/");
      expect(safeReturnPath("/modifications")).toBe("/modifications");
    } finally {
      if (previous === undefined) delete process.env.NEXTAUTH_URL;
      else process.env.NEXTAUTH_URL = previous;
    }
  });
});
