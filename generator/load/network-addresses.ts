/**
 * Addresses a WSDL or schema must not be fetched from unless the user allows it: a document
 * from the network could otherwise make the generator read the machine's own services, the
 * private network, or a cloud provider's metadata endpoint (credentials) into the SDK.
 * Checked on every address a host name resolves to, and connected to only as checked, so a
 * name cannot resolve to a public address for the check and a private one for the connection.
 */
import { lookup as dnsLookup, type LookupAddress, type LookupOptions } from 'node:dns';
import { BlockList, isIP, type LookupFunction } from 'node:net';
import { RefusedAddressError } from './load-error.ts';

/** How a refusal tells the user to allow these addresses: the CLI flag and the generate() option. */
export const ALLOW_PRIVATE_ADDRESSES = '--allow-private-addresses (allowPrivateAddresses: true)';

const KINDS: [string, [string, number, 'ipv4' | 'ipv6'][]][] = [
  ['a cloud metadata address', [['169.254.169.254', 32, 'ipv4'], ['100.100.100.200', 32, 'ipv4'], ['fd00:ec2::254', 128, 'ipv6']]],
  ['a loopback address', [['127.0.0.0', 8, 'ipv4'], ['::1', 128, 'ipv6']]],
  ['a private address', [['10.0.0.0', 8, 'ipv4'], ['172.16.0.0', 12, 'ipv4'], ['192.168.0.0', 16, 'ipv4'], ['100.64.0.0', 10, 'ipv4'], ['fc00::', 7, 'ipv6'], ['64:ff9b:1::', 48, 'ipv6']]],
  ['a link-local address', [['169.254.0.0', 16, 'ipv4'], ['fe80::', 10, 'ipv6']]],
  ['a reserved address', [['0.0.0.0', 8, 'ipv4'], ['192.0.0.0', 24, 'ipv4'], ['198.18.0.0', 15, 'ipv4'], ['224.0.0.0', 3, 'ipv4'], ['::', 128, 'ipv6'], ['ff00::', 8, 'ipv6']]],
];

const LISTS = KINDS.map(([kind, ranges]) => {
  const list = new BlockList();
  for (const [network, prefix, family] of ranges) list.addSubnet(network, prefix, family);
  return [kind, list] as const;
});

/** What kind of non-public address this is, or undefined for a public one. IPv4 inside IPv6 (mapped, NAT64) counts as IPv4. */
export function refusedAddressKind(address: string): string | undefined {
  const family = isIP(address) === 6 ? 'ipv6' : 'ipv4';
  const embedded = family === 'ipv6' ? nat64Embedded(address) : undefined;
  if (embedded) return refusedAddressKind(embedded);
  return LISTS.find(([, list]) => list.check(address, family))?.[0];
}

/** Refuses an address (an IP literal in a URL, or one a name resolved to) unless allowed. */
export function checkAddress(url: string, address: string): void {
  const kind = refusedAddressKind(address);
  if (kind) {
    throw new RefusedAddressError(url, `refused: its host is ${address}, ${kind}; private, loopback, link-local and cloud metadata addresses are fetched only with ${ALLOW_PRIVATE_ADDRESSES}`);
  }
}

/** A `lookup` for http.request: resolves every address of the name, refuses all if one is refused, and hands the connection exactly those. */
export function checkedLookup(url: string): LookupFunction {
  return (hostname: string, options: LookupOptions, callback: (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, '');
      try {
        for (const a of addresses) checkAddress(url, a.address);
      } catch (refusal) {
        return callback(refusal as RefusedAddressError, '');
      }
      if (options.all) return callback(null, addresses);
      const first = addresses[0]!;
      callback(null, first.address, first.family);
    });
  };
}

/** The IPv4 address inside a NAT64 address (64:ff9b::/96), which a NAT64 gateway connects to. */
function nat64Embedded(address: string): string | undefined {
  const groups = expandIpv6(address);
  if (!groups || groups[0] !== 0x64 || groups[1] !== 0xff9b || groups.slice(2, 6).some((g) => g !== 0)) return undefined;
  return [groups[6]! >> 8, groups[6]! & 0xff, groups[7]! >> 8, groups[7]! & 0xff].join('.');
}

/** The eight 16-bit groups of an IPv6 address, a dotted IPv4 tail included. */
function expandIpv6(address: string): number[] | undefined {
  const tail = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(address);
  const text = tail ? `${address.slice(0, tail.index)}${((+tail[1]! << 8) | +tail[2]!).toString(16)}:${((+tail[3]! << 8) | +tail[4]!).toString(16)}` : address;
  const [head, rest] = text.split('::') as [string, string | undefined];
  const parse = (s: string) => (s ? s.split(':').map((g) => parseInt(g, 16)) : []);
  const left = parse(head);
  const right = rest === undefined ? [] : parse(rest);
  const groups = rest === undefined ? left : [...left, ...new Array<number>(8 - left.length - right.length).fill(0), ...right];
  return groups.length === 8 ? groups : undefined;
}
