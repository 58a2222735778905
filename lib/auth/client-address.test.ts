import { describe, expect, it } from "vitest";
import { clientAddressBucket } from "./client-address";

describe("the client address bucket of the sign-in limit", () => {
  it("keeps an IPv4 address, also when IPv4-mapped", () => {
    expect(clientAddressBucket("203.0.113.7")).toBe("203.0.113.7");
    expect(clientAddressBucket(" 203.0.113.7 ")).toBe("203.0.113.7");
    expect(clientAddressBucket("::ffff:203.0.113.7")).toBe("203.0.113.7");
    expect(clientAddressBucket("::ffff:cb00:7107")).toBe("203.0.113.7");
  });

  it("counts an IPv6 client as its /64, however the address is written", () => {
    const bucket = "2001:db8:0:1::/64";
    for (const address of ["2001:db8:0:1::1", "2001:0db8:0000:0001:ffff:0:0:2", "2001:DB8:0:1:aaaa:bbbb:cccc:dddd", "2001:db8::1:0:0:0:5"]) {
      expect(clientAddressBucket(address), address).toBe(bucket);
    }
    expect(clientAddressBucket("2001:db8:0:2::1")).not.toBe(bucket);
    expect(clientAddressBucket("::1")).toBe("0:0:0:0::/64");
    expect(clientAddressBucket("fe80::1%eth0")).toBe("fe80:0:0:0::/64");
    expect(clientAddressBucket("64:ff9b::192.0.2.33")).toBe("64:ff9b:0:0::/64");
  });

  it("puts a missing or garbled header in one shared bucket", () => {
    for (const header of [null, undefined, "", "unknown", "203.0.113.7, 10.0.0.1", "not an address", "999.1.1.1"]) {
      expect(clientAddressBucket(header)).toBe("unknown");
    }
  });
});
