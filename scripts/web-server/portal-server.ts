/**
 * The portal's HTTP server: applies the request rules (client address, forwarding headers,
 * host), answers 503 itself while the database is known to be unreachable, answers a visitor's
 * public page from public-page-cache.ts when it holds it, and hands every other request to Next,
 * compressing what Next writes and adding the error pages' message for browsers without
 * JavaScript (script-free-errors.ts). Kept apart from Next (the handler is
 * passed in) so that tests can run it against a real, stalled PostgreSQL without a production
 * build.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import compression from "compression";
import { databaseKnownUnreachable, probeDatabase } from "@/lib/database-health";
import { sendBadRequest, sendUnavailable } from "./pages";
import type { PublicPageCache } from "./public-page-cache";
import { applyRequestRules, type RequestRules } from "./request-rules";
import { addScriptFreeErrorMessages } from "./script-free-errors";

export type Handler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

/** Next's build output needs no database: it is served even while the database is away. */
const needsNoDatabase = (url: string) => url.startsWith("/_next/static/") || url === "/favicon.ico";

// The same middleware (and defaults) Next compresses with, moved out here (`compress: false` in
// next.config.js) so that addScriptFreeErrorMessages sees the body before it is compressed.
// Its types name Express's request and response; it uses only Node's.
const compress = compression() as unknown as (req: IncomingMessage, res: ServerResponse, next: () => void) => void;

export function createPortalServer(handle: Handler, rules: RequestRules, publicPages?: PublicPageCache): Server {
  return createServer((req, res) => {
    serve(req, res).catch((error: unknown) => {
      console.error(error);
      if (!res.headersSent) res.writeHead(500, { "Content-Type": "text/plain; charset=utf-8" }).end("Internal server error");
      else res.destroy();
    });
  });

  async function serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const refusal = applyRequestRules(req, rules);
    if (refusal) return sendBadRequest(req, res, refusal);
    // While lib/db.ts has seen the database fail, a probe (one at a time, reused for a second)
    // decides: a request would otherwise wait for timeouts only to fail.
    if (databaseKnownUnreachable() && !needsNoDatabase(req.url ?? "/") && !(await probeDatabase())) return sendUnavailable(req, res);
    compress(req, res, () => {}); // (calls back at once)
    if (publicPages?.serveOrKeep(req, res)) return;
    addScriptFreeErrorMessages(res);
    await handle(req, res);
  }
}
