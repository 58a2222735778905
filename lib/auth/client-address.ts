import { isIPv4, isIPv6 } from "node:net";

/**
 * The request header that carries the client's address. The portal's web server sets it on every
 * request from the socket (or, only when TRUSTED_PROXY says so, from X-Forwarded-For), always
 * overwriting whatever the client sent, so a client cannot choose its own address.
 */
export const CLIENT_ADDRESS_HEADER = "x-portal-client-address";

/**
 * The bucket the per-address sign-in limit counts in. IPv4 addresses count alone; an IPv6 client
 * usually holds a whole /64, so it counts as its /64. Anything else (header missing or garbled)
 * shares one bucket, "unknown": a fixed bucket fails closed rather than letting each request be new.
 */
export function clientAddressBucket(header: string | null | undefined): string {
  const address = header?.trim() ?? "";
  if (isIPv4(address)) return address;
  if (!isIPv6(address)) return "unknown";
  const groups = ipv6Groups(address.split("%")[0]!);
  const mappedIPv4 = groups.slice(0, 5).every((g) => g === 0) && groups[5] === 0xffff;
  if (mappedIPv4) return [groups[6]! >> 8, groups[6]! & 0xff, groups[7]! >> 8, groups[7]! & 0xff].join(".");
  return `${groups.slice(0, 4).map((g) => g.toString(16)).join(":")}::/64`;
}

/** The eight 16-bit groups of a valid IPv6 address, "::" expanded and a dotted IPv4 tail converted. */
function ipv6Groups(address: string): number[] {
  const toGroups = (part: string) =>
    part === ""
      ? []
      : part.split(":").flatMap((g) => {
          if (!g.includes(".")) return [parseInt(g, 16)];
          const [a, b, c, d] = g.split(".").map(Number) as [number, number, number, number];
          return [(a << 8) | b, (c << 8) | d];
        });
  const [head = "", tail] = address.split("::");
  if (tail === undefined) return toGroups(head);
  const [before, after] = [toGroups(head), toGroups(tail)];
  return [...before, ...Array<number>(8 - before.length - after.length).fill(0), ...after];
}
