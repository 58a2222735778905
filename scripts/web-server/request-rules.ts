/**
 * What the web server decides about a request before Next sees it: who the client is (the
 * `x-portal-client-address` header, which the sign-in throttle trusts) and whether the host it
 * was addressed to is the portal's. Forwarding headers (X-Forwarded-For, -Host, -Proto, -Port,
 * Forwarded) are believed only from a trusted proxy (TRUSTED_PROXY); from anyone else they are
 * removed, because Next compares a server action's Origin with X-Forwarded-Host, and next-auth
 * builds its links from them.
 */
import type { IncomingMessage } from "node:http";
import proxyaddr from "proxy-addr";
import { CLIENT_ADDRESS_HEADER } from "@/lib/auth/client-address";

const FORWARDING_HEADERS = ["x-forwarded-for", "x-forwarded-host", "x-forwarded-proto", "x-forwarded-port", "forwarded"];
/** Load balancers call the health address by the server's own address, not the public host name. */
const HOST_CHECK_EXEMPT = new Set(["/api/health"]);

/** Whether the hop-th address on the way back from the server (0: the socket's peer) is a proxy we trust. */
export type ProxyTrust = (address: string, hop: number) => boolean;

export type RequestRules = { trust: ProxyTrust | null; publicUrl: URL | null };

/**
 * TRUSTED_PROXY: unset or 0 — no proxy, the socket's peer is the client; a number N — the N
 * nearest hops are proxies (the client is the N-th address from the right of X-Forwarded-For);
 * otherwise a comma-separated list of proxy addresses and subnets (`10.0.0.1, 10.1.0.0/16`, or
 * the names `loopback`, `linklocal`, `uniquelocal`), as Express's "trust proxy" reads it.
 */
export function parseTrustedProxy(value: string | undefined): ProxyTrust | null {
  const text = value?.trim();
  if (!text || text === "0") return null;
  if (/^\d+$/.test(text)) {
    const hops = Number(text);
    return (_address, hop) => hop < hops;
  }
  try {
    return proxyaddr.compile(text.split(",").map((part) => part.trim()).filter(Boolean));
  } catch (error) {
    throw new Error(`TRUSTED_PROXY must be a number of proxies or a list of their addresses: ${(error as Error).message}`);
  }
}

export function rulesFromEnvironment(env: { TRUSTED_PROXY?: string; NEXTAUTH_URL?: string } = process.env): RequestRules {
  return { trust: parseTrustedProxy(env.TRUSTED_PROXY), publicUrl: env.NEXTAUTH_URL ? new URL(env.NEXTAUTH_URL) : null };
}

/**
 * Rewrites the request's headers in place; returns why the request is refused, or null.
 * Always overwrites the client-address header, so a client can never choose its own.
 */
export function applyRequestRules(req: IncomingMessage, { trust, publicUrl }: RequestRules): string | null {
  const peer = req.socket.remoteAddress ?? "";
  const viaProxy = trust !== null && trust(peer, 0);
  req.headers[CLIENT_ADDRESS_HEADER] = plainAddress(viaProxy ? proxyaddr(req, trust) : peer);
  if (!viaProxy) for (const name of FORWARDING_HEADERS) delete req.headers[name];

  const path = (req.url ?? "/").split("?")[0]!;
  // Next answers an address it cannot decode (a stray "%") with a bare 500 before any portal code runs.
  if (!decodable(path)) return "This address cannot be read: it has a % sign that is not followed by two hexadecimal digits.";
  if (!publicUrl || HOST_CHECK_EXEMPT.has(path)) return null;
  const forwarded = req.headers["x-forwarded-host"];
  const hosts = (typeof forwarded === "string" ? forwarded : (req.headers.host ?? "")).split(",");
  const expected = publicUrl.host;
  return hosts.every((host) => sameHost(host, expected, publicUrl.protocol)) ? null : `This portal answers at ${expected} only.`;
}

function decodable(path: string): boolean {
  try {
    decodeURIComponent(path);
    return true;
  } catch {
    return false;
  }
}

/** Compares as URLs do: case-insensitive, the scheme's default port implied. */
function sameHost(given: string, expected: string, protocol: string): boolean {
  const host = given.trim();
  if (!/^[a-z0-9.\-:[\]]+$/i.test(host)) return false; // no userinfo, path or spaces smuggled in
  try {
    return new URL(`${protocol}//${host}`).host === expected;
  } catch {
    return false;
  }
}

/** "::ffff:127.0.0.1" (an IPv4 client on an IPv6 socket) reads as "127.0.0.1". */
function plainAddress(address: string): string {
  return address.replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/i, "$1");
}
