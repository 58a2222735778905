import { NextResponse, type NextRequest } from "next/server";
import { refusalFor, refusalPage } from "@/lib/http/refuse-request";
import { contentSecurityPolicy, createNonce, securityHeaders, servedOverHttps } from "@/lib/http/security-headers";

/**
 * Every response gets the security headers here, and pages a fresh CSP nonce: Next.js reads the
 * nonce from the request's Content-Security-Policy and puts it on its scripts.
 */
export function proxy(request: NextRequest) {
  const nonce = createNonce();
  const csp = contentSecurityPolicy(nonce, { development: process.env.NODE_ENV === "development" });

  const refusal = refusalFor(request.method, request.headers);
  const response = refusal
    ? new NextResponse(refusalPage(refusal, nonce), {
        status: refusal.status,
        headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" },
      })
    : NextResponse.next({ request: { headers: withHeader(request.headers, "Content-Security-Policy", csp) } });

  response.headers.set("Content-Security-Policy", csp);
  for (const [name, value] of Object.entries(securityHeaders({ https: servedOverHttps() }))) response.headers.set(name, value);
  return response;
}

function withHeader(headers: Headers, name: string, value: string): Headers {
  const copy = new Headers(headers);
  copy.set(name, value);
  return copy;
}

// No matcher: pages, server actions, route handlers (downloads) and static files all pass through here.
