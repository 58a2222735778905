/**
 * The two answers the web server gives without Next: small, self-contained HTML pages (no
 * script, no external file) with their own strict Content-Security-Policy, since Next's
 * headers do not apply to them.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { plainPage, PLAIN_PAGE_STYLE_SOURCE } from "@/lib/http/plain-page";

export const RETRY_AFTER_SECONDS = 5;

const CSP = `default-src 'none'; style-src ${PLAIN_PAGE_STYLE_SOURCE}; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`;

/** 503 while the database cannot be reached. API callers get JSON like /api/health's. */
export function sendUnavailable(req: IncomingMessage, res: ServerResponse): void {
  const headers = { "Retry-After": String(RETRY_AFTER_SECONDS) };
  if ((req.url ?? "").startsWith("/api/")) return send(req, res, 503, "application/json", JSON.stringify({ status: "unavailable" }), headers);
  const body = plainPage(
    "The portal is temporarily unavailable",
    "<p>The portal cannot reach its database just now. Nothing you had already saved is lost.</p>" +
      "<p>Please try again in a moment: reload this page, or submit your form again.</p>",
  );
  send(req, res, 503, "text/html; charset=utf-8", body, headers);
}

/** 400 for a request addressed to a host that is not the portal's. */
export function sendBadRequest(req: IncomingMessage, res: ServerResponse, reason: string): void {
  send(req, res, 400, "text/html; charset=utf-8", plainPage("Bad request", `<p>${escapeHtml(reason)}</p>`));
}

function send(req: IncomingMessage, res: ServerResponse, status: number, type: string, body: string, extra: Record<string, string> = {}): void {
  res.writeHead(status, {
    "Content-Type": type,
    "Content-Length": Buffer.byteLength(body),
    "Cache-Control": "no-store",
    "X-Content-Type-Options": "nosniff",
    "Content-Security-Policy": CSP,
    "Referrer-Policy": "no-referrer",
    ...extra,
  });
  res.end(req.method === "HEAD" ? undefined : body);
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
