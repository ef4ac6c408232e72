import { parseCidr, parseIp, unmapIpv4 } from '../lists/ip';

/**
 * Whether an address can say where a person is. Private, shared (CGNAT), loopback, link-local and
 * unspecified networks never do: a mail Received chain and a pasted header are full of such internal
 * hops. One implementation for every reader of addresses in text (pasted evidence, mail headers).
 * Documentation ranges (192.0.2.0/24, 2001:db8::/32 …) count as public on purpose: tests and fixtures
 * use them as stand-ins for real addresses.
 */
const NOT_PUBLIC = [
  '0.0.0.0/8', '10.0.0.0/8', '100.64.0.0/10', '127.0.0.0/8', '169.254.0.0/16', '172.16.0.0/12', '192.168.0.0/16',
  '::/127', 'fc00::/7', 'fe80::/10',
].map((c) => parseCidr(c)!);

/** True for an address (any spelling parseIp reads; IPv4-mapped IPv6 as its IPv4) outside those networks. */
export function isPublicIp(ip: string): boolean {
  const parsed = parseIp(ip);
  if (!parsed) return false;
  const address = unmapIpv4(parsed);
  return !NOT_PUBLIC.some((range) => range.version === address.version && address.value >= range.first && address.value <= range.last);
}
