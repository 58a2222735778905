import { request as httpRequest, type IncomingHttpHeaders, type Server, type ServerResponse } from "node:http";
import { gunzipSync } from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import { FORBIDDEN, NOT_FOUND, SERVER_ERROR } from "@/lib/error-messages";
import { listen } from "@/test/support/http";
import { createPortalServer, type Handler } from "./portal-server";
import { rulesFromEnvironment } from "./request-rules";

// Next's error document as a production build streams it (trimmed): headers flushed first, then
// chunks, here split inside <body> to show the message still lands in the right place.
const NONCE = "C38OluOGSk1UcXs8MXbUew==";
const ERROR_DOCUMENT = [
  '<!DOCTYPE html><html id="__next_error__"><head><meta charSet="utf-8"/><title>SEC Refinement Portal</title></head><bo',
  'dy><div hidden=""><!--$--><!--/$--></div><script nonce="x">self.__next_f.push([1,"notFound"])</script></body></html>',
];
const CSP = `default-src 'self'; script-src 'self' 'nonce-${NONCE}' 'strict-dynamic'; style-src 'self' 'nonce-${NONCE}'`;

/** Writes as Next's pipeToNodeResponse does: flushHeaders(), then each chunk. */
function streams(status: number, chunks: string[], type = "text/html; charset=utf-8", released?: Promise<void>): Handler {
  return async (_req, res: ServerResponse) => {
    res.statusCode = status;
    res.setHeader("Content-Type", type);
    res.setHeader("Content-Security-Policy", CSP);
    res.flushHeaders();
    for (const [i, chunk] of chunks.entries()) {
      res.write(chunk);
      if (i === 0) await released;
    }
    res.end();
  };
}

let server: Server | undefined;
afterEach(async () => {
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve));
});

async function serve(handler: Handler) {
  server = createPortalServer(handler, rulesFromEnvironment({}));
  return listen(server);
}

type Reply = { status: number; headers: IncomingHttpHeaders; body: string };
function get(port: number, headers: Record<string, string> = {}, method = "GET", onFirstChunk?: () => void): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: "127.0.0.1", port, path: "/modifications/DP999", method, headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => {
        if (chunks.push(chunk) === 1) onFirstChunk?.();
      });
      res.on("end", () => {
        const raw = Buffer.concat(chunks);
        const body = (res.headers["content-encoding"] === "gzip" ? gunzipSync(raw) : raw).toString("utf8");
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body });
      });
    });
    req.on("error", reject);
    req.end();
  });
}

describe("Next's error document", () => {
  it.each([
    [404, NOT_FOUND],
    [403, FORBIDDEN],
    [500, SERVER_ERROR],
  ])("with status %i gets its message for browsers without JavaScript", async (status, { title, text }) => {
    const reply = await get(await serve(streams(status, ERROR_DOCUMENT)));
    expect(reply.status).toBe(status);
    expect(reply.body).toMatch(/^<!DOCTYPE html><html id="__next_error__" lang="en-GB"><head>/);
    expect(reply.body).toContain(`<title>${title} · SEC Refinement Portal</title>`);
    const noscript = reply.body.slice(reply.body.indexOf("<body>"), reply.body.indexOf("</noscript>"));
    expect(noscript).toMatch(new RegExp(`^<body><noscript><style nonce="${NONCE}">body\\{margin:0;[^<]*</style><header>`));
    expect(noscript).toContain(`<main id="main"><h1>${title}</h1><p>${text}</p><p><a href="/">Go to the modifications register</a></p></main>`);
    expect(reply.body.match(/<main/g)).toHaveLength(1);
    expect(reply.body).toMatch(/<\/noscript><div hidden="">.*self.__next_f.push.*<\/html>$/s); // Next's own part unchanged
  });

  it("gets the message before compression when the browser accepts gzip", async () => {
    const reply = await get(await serve(streams(404, ERROR_DOCUMENT)), { "accept-encoding": "gzip" });
    expect(reply.headers["content-encoding"]).toBe("gzip");
    expect(reply.body).toContain(`<h1>${NOT_FOUND.title}</h1>`);
  });

  it("answered whole, gets a corrected Content-Length", async () => {
    const port = await serve(async (_req, res) => {
      res.statusCode = 500;
      res.setHeader("Content-Type", "text/html; charset=utf-8");
      res.setHeader("Content-Length", Buffer.byteLength(ERROR_DOCUMENT.join("")));
      res.end(ERROR_DOCUMENT.join(""));
    });
    const reply = await get(port);
    expect(Number(reply.headers["content-length"])).toBe(Buffer.byteLength(reply.body));
    expect(reply.body).toContain(`<h1>${SERVER_ERROR.title}</h1>`);
  });

  it("to a HEAD request is still empty, with the length of the GET answer", async () => {
    const port = await serve(async (_req, res) => {
      res.statusCode = 404;
      res.setHeader("Content-Type", "text/html; charset=utf-8");
      res.setHeader("Content-Length", "77"); // as Next's sendPayload does for HEAD
      res.end(null);
    });
    const reply = await get(port, {}, "HEAD");
    expect([reply.status, reply.body]).toEqual([404, ""]);
    expect(reply.headers["content-length"]).toBe("77");
  });
});

describe("other answers", () => {
  it("a page is streamed as it comes, unchanged, compressed", async () => {
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    const page = ['<!DOCTYPE html><html lang="en-GB"><head></head><body><main>First part', " and the rest</main></body></html>"];
    // The handler waits for the browser to receive the first part: held back, this would time out.
    const reply = await get(await serve(streams(200, page, undefined, released)), { "accept-encoding": "gzip" }, "GET", release);
    expect(reply.headers["content-encoding"]).toBe("gzip");
    expect(reply.body).toBe(page.join(""));
  });

  it("a 404 Next rendered whole, a 404 in RSC data for the client router, a 413 page: unchanged", async () => {
    const fullPage = ['<!DOCTYPE html><html lang="en-GB"><head><title>x</title></head><body><main><h1>Page not found</h1></main></body></html>'];
    expect((await get(await serve(streams(404, fullPage)))).body).toBe(fullPage[0]);
    server?.close();
    const rsc = ['0:{"b":"build"}\n', '1:E{"digest":"NEXT_HTTP_ERROR_FALLBACK;404"}\n'];
    expect((await get(await serve(streams(404, rsc, "text/x-component")))).body).toBe(rsc.join(""));
    server?.close();
    const refusal = ['<!DOCTYPE html>\n<html lang="en-GB"><body><h1>What you sent is too large</h1></body></html>'];
    expect((await get(await serve(streams(413, refusal)))).body).toBe(refusal[0]);
  });
});
