import { describe, expect, it } from "vitest";
import { clientNetwork } from "../../src/domain/client-network";

describe("clientNetwork", () => {
  it("keeps an IPv4 address as it is", () => {
    expect(clientNetwork("203.0.113.7")).toBe("203.0.113.7");
  });

  it.each([
    ["2001:db8:1:2:3:4:5:6", "2001:db8:1:2::/64"],
    ["2001:0DB8:0001:0002:ffff:ffff:ffff:ffff", "2001:db8:1:2::/64"],
    ["2001:db8:1:2::1", "2001:db8:1:2::/64"],
    ["2001:db8::1", "2001:db8:0:0::/64"],
    ["::1", "0:0:0:0::/64"],
    ["fe80::1%eth0", "fe80:0:0:0::/64"],
  ])("reduces IPv6 %s to its /64 %s", (ip, network) => {
    expect(clientNetwork(ip)).toBe(network);
  });

  it("puts every address of one /64 in one network", () => {
    const a = clientNetwork("2001:db8:aa:bb:1111:2222:3333:4444");
    const b = clientNetwork("2001:db8:aa:bb::9");
    expect(a).toBe(b);
    expect(clientNetwork("2001:db8:aa:bc::9")).not.toBe(a);
  });

  it("treats IPv4-mapped IPv6 as IPv4", () => {
    expect(clientNetwork("::ffff:198.51.100.4")).toBe("198.51.100.4");
  });

  it("keeps junk as one lowercased key and a missing address as unknown", () => {
    expect(clientNetwork("  Not:An:Ip::Really  ")).toBe("not:an:ip::really");
    expect(clientNetwork(undefined)).toBe("unknown");
    expect(clientNetwork("")).toBe("unknown");
  });
});
