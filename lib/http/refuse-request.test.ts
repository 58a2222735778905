import type { NextConfig } from "next";
import { describe, expect, it } from "vitest";
import { BODY_LIMIT_BYTES, refusalFor, refusalPage } from "./refuse-request";

const post = (headers: Record<string, string>) => refusalFor("POST", new Headers(headers));

describe("requests refused before Next.js sees them", () => {
  it("lets a form from the portal's own pages through", () => {
    expect(post({ host: "portal.example.org", origin: "https://portal.example.org" })).toBeNull();
    expect(post({ host: "127.0.0.1:3000", origin: "http://127.0.0.1:3000" })).toBeNull();
    expect(post({ host: "10.0.0.5:3000", "x-forwarded-host": "portal.example.org", origin: "https://portal.example.org" })).toBeNull();
  });

  it("refuses a form posted from another site, as Next.js would", () => {
    expect(post({ host: "portal.example.org", origin: "https://evil.example" })?.status).toBe(403);
    expect(post({ host: "portal.example.org", origin: "https://portal.example.org.evil.example" })?.status).toBe(403);
    expect(post({ host: "portal.example.org", origin: "null" })?.status).toBe(403);
    expect(post({ host: "portal.example.org", origin: "not a url" })?.status).toBe(403);
    // Behind a reverse proxy, Next.js trusts X-Forwarded-Host over Host.
    expect(post({ host: "portal.example.org", "x-forwarded-host": "other.example", origin: "https://portal.example.org" })?.status).toBe(403);
  });

  it("leaves requests without Origin and reads (GET) to Next.js", () => {
    expect(post({ host: "portal.example.org" })).toBeNull();
    expect(refusalFor("GET", new Headers({ host: "portal.example.org", origin: "https://evil.example" }))).toBeNull();
  });

  it("refuses a body over the server actions' limit, and only then", async () => {
    const configFile: string = "../../next.config.js"; // a JavaScript file: imported by name, untyped
    const { default: nextConfig } = (await import(configFile)) as { default: NextConfig };
    // Next.js reads "11mb" as 11 × 1024 × 1024 bytes.
    expect(nextConfig.experimental?.serverActions?.bodySizeLimit).toBe("11mb");
    expect(BODY_LIMIT_BYTES).toBe(11 * 1024 * 1024);
    expect(post({ host: "h", origin: "http://h", "content-length": String(BODY_LIMIT_BYTES) })).toBeNull();
    expect(post({ host: "h", origin: "http://h", "content-length": String(BODY_LIMIT_BYTES + 1) })?.status).toBe(413);
  });

  it("explains the refusal on a page that needs no script", () => {
    const page = refusalPage(post({ host: "h", origin: "https://evil.example" })!, "n0nce");
    expect(page).toContain("<h1>This form came from another site</h1>");
    expect(page).toContain('<style nonce="n0nce">');
    expect(page).not.toContain("<script");
  });
});
