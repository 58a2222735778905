import { createHash } from "node:crypto";
import type { IncomingHttpHeaders, Server } from "node:http";
import { afterEach, describe, expect, it } from "vitest";
import { markDatabaseReachable, markDatabaseUnreachable } from "@/lib/database-health";
import { listen, request } from "@/test/support/http";
import { createPortalServer } from "./portal-server";
import { rulesFromEnvironment } from "./request-rules";

/** The portal server in front of a handler that answers with the headers Next would have seen. */
async function serve(env: { TRUSTED_PROXY?: string; NEXTAUTH_URL?: string } = {}) {
  const seen: IncomingHttpHeaders[] = [];
  server = createPortalServer(async (req, res) => {
    seen.push({ ...req.headers });
    res.end("from Next");
  }, rulesFromEnvironment(env));
  return { port: await listen(server), seen };
}
let server: Server | undefined;

afterEach(async () => {
  await new Promise((resolve) => server?.close(resolve));
  markDatabaseReachable();
});

describe("the client address header", () => {
  it("is the socket's address whatever the client sends, without a trusted proxy", async () => {
    const { port, seen } = await serve();
    await request(port, "/", { headers: { "x-portal-client-address": "203.0.113.9", "x-forwarded-for": "198.51.100.7" } });
    expect(seen[0]!["x-portal-client-address"]).toBe("127.0.0.1");
    expect(seen[0]!["x-forwarded-for"]).toBeUndefined();
  });

  it("comes from X-Forwarded-For, one hop in, with TRUSTED_PROXY=1", async () => {
    const { port, seen } = await serve({ TRUSTED_PROXY: "1" });
    await request(port, "/", { headers: { "x-portal-client-address": "203.0.113.9", "x-forwarded-for": "198.51.100.99, 198.51.100.7" } });
    // The left entry was written by the client itself; only the proxy's own entry is believed.
    expect(seen[0]!["x-portal-client-address"]).toBe("198.51.100.7");
  });

  it("ignores X-Forwarded-For from a peer that is not in the TRUSTED_PROXY list", async () => {
    const { port, seen } = await serve({ TRUSTED_PROXY: "10.0.0.1, 10.1.0.0/16" });
    await request(port, "/", { headers: { "x-forwarded-for": "198.51.100.7", "x-forwarded-host": "evil.example" } });
    expect(seen[0]!["x-portal-client-address"]).toBe("127.0.0.1");
    expect(seen[0]!["x-forwarded-host"]).toBeUndefined();
  });

  it("trusts a listed proxy address", async () => {
    const { port, seen } = await serve({ TRUSTED_PROXY: "loopback" });
    await request(port, "/", { headers: { "x-forwarded-for": "198.51.100.7" } });
    expect(seen[0]!["x-portal-client-address"]).toBe("198.51.100.7");
  });

  it("refuses a malformed TRUSTED_PROXY at start", () => {
    expect(() => rulesFromEnvironment({ TRUSTED_PROXY: "not an address" })).toThrow(/^TRUSTED_PROXY must be/);
  });
});

describe("the host a request is addressed to", () => {
  it("drops X-Forwarded-Host without a trusted proxy, so Next's server-action origin check uses Host", async () => {
    const { port, seen } = await serve();
    await request(port, "/", { headers: { "x-forwarded-host": "evil.example", "x-forwarded-proto": "https" } });
    expect(seen[0]!["x-forwarded-host"]).toBeUndefined();
    expect(seen[0]!["x-forwarded-proto"]).toBeUndefined();
  });

  it("refuses an address that cannot be decoded with a 400 page, before Next (which would answer a bare 500)", async () => {
    const { port, seen } = await serve();
    const refused = await request(port, "/modifications/%ZZ?q=1");
    expect(refused.status).toBe(400);
    expect(refused.body).toContain("This address cannot be read");
    expect(seen).toHaveLength(0);
    expect((await request(port, "/modifications/DP162%20x")).status).toBe(200);
  });

  it("with NEXTAUTH_URL set, refuses another Host with a short 400 page and lets the right one through", async () => {
    const { port, seen } = await serve({ NEXTAUTH_URL: "https://portal.example.org" });
    const refused = await request(port, "/", { method: "POST", headers: { host: "evil.example", origin: "https://evil.example" } });
    expect(refused.status).toBe(400);
    expect(refused.body).toContain("This portal answers at portal.example.org only.");
    expect(refused.headers["cache-control"]).toBe("no-store");
    expect(seen).toHaveLength(0);
    expect((await request(port, "/", { headers: { host: "Portal.Example.org:443" } })).status).toBe(200);
    // Load balancers call the health address by the server's own address.
    expect((await request(port, "/api/health", { headers: { host: "10.0.0.5:3000" } })).status).toBe(200);
  });

  it("behind a trusted proxy, refuses a forwarded host that is not NEXTAUTH_URL's", async () => {
    const { port, seen } = await serve({ NEXTAUTH_URL: "https://portal.example.org", TRUSTED_PROXY: "1" });
    const forwarded = (host: string) => request(port, "/", { headers: { host: "10.0.0.5:3000", "x-forwarded-host": host } });
    expect((await forwarded("evil.example")).status).toBe(400);
    expect((await forwarded("portal.example.org, evil.example")).status).toBe(400);
    expect((await forwarded("portal.example.org@evil.example")).status).toBe(400);
    expect((await forwarded("portal.example.org")).status).toBe(200);
    expect(seen.map((h) => h["x-forwarded-host"])).toEqual(["portal.example.org"]);
  });
});

describe("while the database is known to be unreachable", () => {
  it("answers 503 with a self-contained page, without calling Next, until a probe succeeds", async () => {
    const { port, seen } = await serve();
    const saved = process.env.DATABASE_URL;
    process.env.DATABASE_URL = "postgresql://postgres@127.0.0.1:1/nothing"; // nothing listens there
    try {
      markDatabaseUnreachable(new Error("test"));
      const page = await request(port, "/modifications/DP162");
      expect(page.status).toBe(503);
      expect(page.body).toContain('<html lang="en-GB">');
      expect(page.body).toContain("<title>The portal is temporarily unavailable");
      expect(page.body).toMatch(/<main id="main">.*try again in a moment/s);
      expect(page.headers).toMatchObject({ "retry-after": "5", "cache-control": "no-store", "x-content-type-options": "nosniff" });
      expect(page.headers["content-security-policy"]).toMatch(/^default-src 'none'; style-src 'sha256-/);
      const style = /<style>([^<]*)<\/style>/.exec(page.body)![1]!; // the policy allows exactly the style the page carries
      expect(page.headers["content-security-policy"]).toContain(`'sha256-${createHash("sha256").update(style).digest("base64")}'`);
      const api = await request(port, "/api/health");
      expect([api.status, api.body]).toEqual([503, '{"status":"unavailable"}']);
      expect((await request(port, "/_next/static/chunks/app.js")).status).toBe(200); // needs no database
      expect(seen).toHaveLength(1);
    } finally {
      process.env.DATABASE_URL = saved;
    }
    // The test's real database answers the next probe: requests reach Next again.
    expect((await request(port, "/modifications/DP162")).status).toBe(200);
  });
});
