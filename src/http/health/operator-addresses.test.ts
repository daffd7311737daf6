import { describe, expect, it } from 'vitest';
import { operatorAddresses } from './operator-addresses.js';

describe('operatorAddresses', () => {
  it('always counts loopback, also IPv4 mapped into IPv6', () => {
    const isOperator = operatorAddresses([]);
    for (const ip of ['127.0.0.1', '127.1.2.3', '::1', '::ffff:127.0.0.1']) {
      expect(isOperator(ip)).toBe(true);
    }
    expect(isOperator('203.0.113.9')).toBe(false);
    expect(isOperator('2001:db8::1')).toBe(false);
    expect(isOperator('not an address')).toBe(false);
  });

  it('counts the trusted proxies: addresses, ranges and named ranges', () => {
    const isOperator = operatorAddresses([
      '198.51.100.7',
      '2001:db8:1::/48',
      'uniquelocal',
    ]);
    expect(isOperator('198.51.100.7')).toBe(true);
    expect(isOperator('198.51.100.8')).toBe(false);
    expect(isOperator('2001:db8:1:ffff::2')).toBe(true);
    expect(isOperator('2001:db8:2::2')).toBe(false);
    expect(isOperator('10.20.30.40')).toBe(true);
    expect(isOperator('172.31.0.1')).toBe(true);
    expect(isOperator('fd12::1')).toBe(true);
    expect(isOperator('169.254.1.1')).toBe(false);
  });
});
