import { afterEach, describe, expect, it, vi } from "vitest";
import { contentSecurityPolicy, createNonce, securityHeaders, servedOverHttps } from "./security-headers";

const directives = (csp: string) => new Map(csp.split("; ").map((d) => [d.split(" ")[0], d.split(" ").slice(1)]));

describe("the Content Security Policy", () => {
  it("runs only scripts carrying this response's nonce, and no inline or eval'd code", () => {
    const script = directives(contentSecurityPolicy("abc123==")).get("script-src");
    expect(script).toEqual(["'self'", "'nonce-abc123=='", "'strict-dynamic'"]);
  });

  it("allows eval and inline styles only in development, for React's tooling and hot reloading", () => {
    const development = directives(contentSecurityPolicy("n", { development: true }));
    expect(development.get("script-src")).toContain("'unsafe-eval'");
    expect(development.get("style-src")).toEqual(["'self'", "'unsafe-inline'"]);
    expect(directives(contentSecurityPolicy("n")).get("style-src")).toEqual(["'self'", "'nonce-n'"]);
  });

  it("loads images only from the portal, and cannot be framed, post elsewhere or load plugins", () => {
    const csp = directives(contentSecurityPolicy("n"));
    expect(csp.get("img-src")).toEqual(["'self'", "data:"]);
    expect(csp.get("frame-ancestors")).toEqual(["'none'"]);
    expect(csp.get("form-action")).toEqual(["'self'"]);
    expect(csp.get("object-src")).toEqual(["'none'"]);
    expect(csp.get("base-uri")).toEqual(["'self'"]);
    expect(csp.get("default-src")).toEqual(["'self'"]);
  });

  it("uses a fresh 128-bit nonce each time", () => {
    const nonces = new Set(Array.from({ length: 100 }, createNonce));
    expect(nonces.size).toBe(100);
    for (const nonce of nonces) expect(Buffer.from(nonce, "base64")).toHaveLength(16);
  });
});

describe("the other security headers", () => {
  afterEach(() => vi.unstubAllEnvs());

  it("forbid framing and sniffing and limit the referrer", () => {
    expect(securityHeaders({ https: false })).toMatchObject({
      "X-Frame-Options": "DENY",
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "strict-origin-when-cross-origin",
    });
  });

  it("send HSTS only when the portal is served over https", () => {
    expect(securityHeaders({ https: false })).not.toHaveProperty("Strict-Transport-Security");
    expect(securityHeaders({ https: true })["Strict-Transport-Security"]).toMatch(/^max-age=31536000/);
  });

  it("take https from NEXTAUTH_URL", () => {
    vi.stubEnv("NEXTAUTH_URL", "https://portal.example.org");
    expect(servedOverHttps()).toBe(true);
    vi.stubEnv("NEXTAUTH_URL", "http://localhost:3000");
    expect(servedOverHttps()).toBe(false);
    vi.stubEnv("NEXTAUTH_URL", "");
    expect(servedOverHttps()).toBe(false);
  });
});
