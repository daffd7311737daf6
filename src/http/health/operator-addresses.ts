import { BlockList, isIPv4, isIPv6 } from 'node:net';

/** The ranges behind trusted_proxies' names, as proxy-addr reads them. */
const NAMED_RANGES: Record<string, readonly string[]> = {
  loopback: ['127.0.0.0/8', '::1/128'],
  linklocal: ['169.254.0.0/16', 'fe80::/10'],
  uniquelocal: ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', 'fc00::/7'],
};

/**
 * Whether a client address belongs to the operator: this machine
 * (loopback) or one of the trusted proxies itself, such as the load
 * balancer's own health probe. Behind a trusted proxy `request.ip` is
 * the client's address taken from X-Forwarded-For, so a visitor coming
 * through the proxy does not count as the proxy.
 */
export function operatorAddresses(
  trustedProxies: readonly string[],
): (ip: string) => boolean {
  const list = new BlockList();
  for (const entry of ['loopback', ...trustedProxies]) {
    for (const range of NAMED_RANGES[entry] ?? [entry]) add(list, range);
  }
  return (ip) => {
    if (isIPv4(ip)) return list.check(ip, 'ipv4');
    return isIPv6(ip) && list.check(ip, 'ipv6');
  };
}

function add(list: BlockList, range: string): void {
  const [address = '', bits] = range.split('/');
  const type = isIPv4(address) ? 'ipv4' : 'ipv6';
  if (bits === undefined) list.addAddress(address, type);
  else list.addSubnet(address, Number(bits), type);
}
