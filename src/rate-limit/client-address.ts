import { isIPv6 } from 'node:net';

/**
 * The part of a client's address that rate limits count by. An IPv4
 * address counts alone; an IPv6 address counts by its /64, since one
 * home or phone usually gets a whole /64 and could otherwise step to a
 * fresh address for every request (RFC 4291 section 2.5.4, RFC 8981).
 */
export function addressKey(ip: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  if (mapped?.[1]) return mapped[1];
  if (!isIPv6(ip)) return ip;
  return `${expandIPv6(ip).slice(0, 4).join(':')}::/64`;
}

/** Eight groups of four hex digits, so that equal prefixes compare equal. */
function expandIPv6(ip: string): string[] {
  const bare = ip.split('%')[0] ?? ip;
  const [head = '', tail] = bare.split('::');
  const left = head === '' ? [] : head.split(':');
  const right = tail === undefined || tail === '' ? [] : tail.split(':');
  const zeros = Array(8 - left.length - right.length).fill('0');
  const groups = tail === undefined ? left : [...left, ...zeros, ...right];
  return groups.map((g) => g.toLowerCase().padStart(4, '0'));
}
