import { request as httpRequest, type Server, type ServerResponse } from "node:http";
import { gunzipSync } from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import { publicPagesChanged } from "@/lib/cache/public-pages-version";
import { contentSecurityPolicy, createNonce } from "@/lib/http/security-headers";
import { listen, request } from "@/test/support/http";
import { createPortalServer } from "./portal-server";
import { createPublicPageCache, publicPageCacheSeconds } from "./public-page-cache";
import { rulesFromEnvironment } from "./request-rules";

/** `failed`: a part of the page that failed on the server after its 200 was sent, as React marks it (a boundary left to the browser). */
type Answer = { status?: number; type?: string; cookie?: string; failed?: string };

/**
 * The portal server with the cache, in front of a handler that answers as Next does: a fresh nonce
 * in the CSP header and on the page's script, the page streamed in two writes, render number n.
 * `betweenWritesOfFirst` holds the first render after its first write (a slow page, a visitor leaving).
 */
async function serve(answer: (path: string) => Answer = () => ({}), ttlSeconds = 60, betweenWritesOfFirst?: (res: ServerResponse) => Promise<unknown>) {
  const rendered: string[] = [];
  server = createPortalServer(
    async (req, res: ServerResponse) => {
      rendered.push(req.url!);
      const { status = 200, type = "text/html; charset=utf-8", cookie, failed = "" } = answer(req.url!);
      const nonce = createNonce();
      res.statusCode = status;
      res.setHeader("Content-Type", type);
      res.setHeader("Content-Security-Policy", contentSecurityPolicy(nonce));
      res.setHeader("Link", `</_next/static/chunks/a.css>; rel=preload; as="style"; nonce="${nonce}"`);
      if (cookie) res.setHeader("Set-Cookie", cookie);
      res.write(`<!DOCTYPE html><html><body><p>render ${rendered.length} of ${req.url} for ${req.headers.cookie ?? "a visitor"}</p><!--${"padding ".repeat(200)}-->`);
      if (rendered.length === 1 && betweenWritesOfFirst) await betweenWritesOfFirst(res);
      res.end(`${failed}<script nonce="${nonce}">self.n="${nonce}"</script></body></html>`);
    },
    rulesFromEnvironment({}),
    createPublicPageCache({ ttlSeconds }),
  );
  return { port: await listen(server), rendered };
}
let server: Server | undefined;

afterEach(async () => {
  await new Promise((resolve) => server?.close(resolve));
});

const nonceOfHeader = (csp: unknown) => /'nonce-([^']+)'/.exec(String(csp))![1]!;

describe("the web server's cache of visitors' public pages", () => {
  it("answers a visitor's second request for a public page without Next, with a fresh nonce in the header and the scripts", async () => {
    const { port, rendered } = await serve();
    const first = await request(port, "/modifications/DP162");
    const second = await request(port, "/modifications/DP162");
    expect(rendered).toEqual(["/modifications/DP162"]);
    expect(second.body).toContain("render 1 of /modifications/DP162 for a visitor");
    const [one, two] = [nonceOfHeader(first.headers["content-security-policy"]), nonceOfHeader(second.headers["content-security-policy"])];
    expect(two).not.toBe(one);
    expect(second.body).toContain(`<script nonce="${two}">self.n="${two}"</script>`);
    expect(second.body).not.toContain(one);
    expect(second.headers.link).toBe(`</_next/static/chunks/a.css>; rel=preload; as="style"; nonce="${two}"`);
    expect(second.body.replaceAll(two, "N")).toBe(first.body.replaceAll(one, "N"));
    expect(second.headers["content-type"]).toBe("text/html; charset=utf-8");
    expect([first.headers["x-portal-cache"], second.headers["x-portal-cache"]]).toEqual([undefined, "hit"]);
  });

  it("keeps each public page apart (the register with its filter, a published report, the Change Board, a published consultation)", async () => {
    const { port, rendered } = await serve();
    const paths = ["/", "/?stage=REFINEMENT", "/modifications/DP162/reports/0.1", "/modifications/DP162/change-board", "/modifications/DP162/consultations/c1/published"];
    for (const path of [...paths, ...paths]) expect((await request(port, path)).body).toContain(`of ${path} for`);
    expect(rendered).toEqual(paths);
  });

  it("never answers nor keeps a request that carries credentials: a signed-in page is that person's own", async () => {
    const { port, rendered } = await serve();
    const signedIn = { headers: { cookie: "next-auth.session-token=alice" } };
    expect((await request(port, "/", signedIn)).body).toContain("for next-auth.session-token=alice");
    expect((await request(port, "/")).body).toContain("render 2 of / for a visitor");
    expect((await request(port, "/", signedIn)).body).toContain("render 3 of / for next-auth.session-token=alice");
    expect((await request(port, "/", { headers: { authorization: "Basic eDp5" } })).body).toContain("render 4");
    expect(rendered).toHaveLength(4);
  });

  it("passes to Next what is not a plain load of a public page: other pages, client navigation, HEAD, ranges", async () => {
    const { port, rendered } = await serve();
    const twice = async (path: string, options: Parameters<typeof request>[2] = {}) => {
      await request(port, path, options);
      await request(port, path, options);
    };
    await twice("/modifications/DP162/requirements");
    await twice("/modifications/DP162/reports/0.2/edit");
    await twice("/modifications/DP162", { headers: { rsc: "1" } });
    await twice("/modifications/DP162", { headers: { "next-router-prefetch": "1" } });
    await twice("/modifications/DP162", { method: "HEAD" });
    await twice("/modifications/DP162", { headers: { range: "bytes=0-10" } });
    expect(rendered).toHaveLength(12);
  });

  it("keeps only a 200 HTML page that sets no cookie", async () => {
    const answers: Record<string, Answer> = {
      "/modifications/DP999": { status: 404 },
      "/modifications/DP162/reports/9.9": { status: 500 },
      "/modifications/DP1": { type: "application/json" },
      "/modifications/DP2": { cookie: "next-auth.csrf-token=x" },
    };
    const { port, rendered } = await serve((path) => answers[path] ?? {});
    for (const path of [...Object.keys(answers), ...Object.keys(answers)]) await request(port, path);
    expect(rendered).toHaveLength(8);
  });

  it("does not keep a page part of which failed on the server after its 200 was sent", async () => {
    const answers: Record<string, Answer> = {
      // an error in a part that had not been sent yet: React's script tells the browser to render it
      "/modifications/DP3": { failed: `<div hidden id="S:1"></div><script>$RX("B:1","1234567890")</script>` },
      // the same as React writes it the first time on a page: the function, then its call
      "/modifications/DP5": { failed: `<div hidden id="S:1"></div><script nonce="n">$RX=function(b,c,d,e,f){var a=document.getElementById(b)};;$RX("B:1","1234567890")</script>` },
      // an error in a part still in the first write: its boundary marked as left to the browser
      "/modifications/DP4": { failed: `<!--$!--><template data-dgst="1234567890"></template><!--/$-->` },
    };
    const { port, rendered } = await serve((path) => answers[path] ?? {});
    for (const path of [...Object.keys(answers), ...Object.keys(answers)]) await request(port, path);
    expect(rendered).toHaveLength(6);
  });

  it("keeps a page whose text quotes React's marks: only React's own markup marks a failed part", async () => {
    // Someone's comment as Next writes it: escaped in the HTML, and with "<" as \u003c in the RSC payload.
    const quoted = '$RX("B:1","x") &lt;!--$!--&gt; &lt;script&gt;$RX("B:1")';
    const payload = `<script>self.__next_f.push([1,"$RX(\\"B:1\\") \\u003c!--$!--\\u003e \\u003cscript\\u003e$RX("])</script>`;
    const { port, rendered } = await serve(() => ({ failed: `<p>${quoted}</p>${payload}` }));
    await request(port, "/modifications/DP162");
    const second = await request(port, "/modifications/DP162");
    expect(second.body).toContain(quoted);
    expect(rendered).toHaveLength(1);
  });

  it("drops every page at once when a mutation expires public data", async () => {
    const { port, rendered } = await serve();
    await request(port, "/");
    await request(port, "/modifications/DP162");
    publicPagesChanged();
    expect((await request(port, "/")).body).toContain("render 3");
    expect((await request(port, "/modifications/DP162")).body).toContain("render 4");
    expect((await request(port, "/")).body).toContain("render 3");
    expect(rendered).toHaveLength(4);
  });

  it("does not keep a page whose render began before a mutation expired public data", async () => {
    let rendering: () => void = () => {};
    const { port, rendered } = await serve(undefined, 60, () => new Promise<void>((resolve) => (rendering = resolve)));
    const slow = request(port, "/");
    while (rendered.length === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    publicPagesChanged(); // saved while the page was being drawn from the old data
    rendering();
    expect((await slow).body).toContain("render 1");
    expect((await request(port, "/")).body).toContain("render 2");
    expect((await request(port, "/")).body).toContain("render 2");
  });

  it("does not keep a page cut short by a visitor who left mid-page", async () => {
    const { port, rendered } = await serve(undefined, 60, (res) => new Promise((resolve) => res.on("close", resolve))); // the visitor has gone
    await new Promise<void>((resolve) => {
      const req = httpRequest({ host: "127.0.0.1", port, path: "/", agent: false }, (res) => res.once("data", () => (req.destroy(), resolve())));
      req.on("error", () => {});
      req.end();
    });
    while (rendered.length === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    await new Promise((resolve) => setTimeout(resolve, 50));
    const next = await request(port, "/");
    expect(next.body).toContain("render 2 of /");
    expect(next.body).toContain("</html>");
  });

  it("renders again after the time limit, the bound for changes made on another app server", async () => {
    const { port, rendered } = await serve(() => ({}), 1);
    await request(port, "/");
    await request(port, "/");
    expect(rendered).toHaveLength(1);
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    expect((await request(port, "/")).body).toContain("render 2");
  });

  it("compresses a kept page for a browser that accepts gzip", async () => {
    const { port } = await serve();
    await request(port, "/");
    const gzipped = await new Promise<{ encoding?: string; body: Buffer }>((resolve, reject) => {
      const req = httpRequest({ host: "127.0.0.1", port, path: "/", headers: { "accept-encoding": "gzip" }, agent: false }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () => resolve({ encoding: res.headers["content-encoding"], body: Buffer.concat(chunks) }));
      });
      req.on("error", reject).end();
    });
    expect(gzipped.encoding).toBe("gzip");
    expect(gunzipSync(gzipped.body).toString()).toContain("render 1 of / for a visitor");
  });

  it("is turned off by PUBLIC_PAGE_CACHE_SECONDS=0, defaults to 5 s, and refuses a malformed value", async () => {
    expect(publicPageCacheSeconds({})).toBe(5);
    expect(publicPageCacheSeconds({ PUBLIC_PAGE_CACHE_SECONDS: "30" })).toBe(30);
    expect(() => publicPageCacheSeconds({ PUBLIC_PAGE_CACHE_SECONDS: "5s" })).toThrow(/^PUBLIC_PAGE_CACHE_SECONDS must be a whole number/);
    const { port, rendered } = await serve(() => ({}), publicPageCacheSeconds({ PUBLIC_PAGE_CACHE_SECONDS: "0" }));
    await request(port, "/");
    await request(port, "/");
    expect(rendered).toHaveLength(2);
  });
});
