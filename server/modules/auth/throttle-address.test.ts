import { describe, expect, it } from 'vitest';

import { throttleAddress } from './throttle-address.ts';

describe('the address sign-in attempts count against', () => {
  it('is the IPv4 address itself, also when mapped into IPv6', () => {
    expect(throttleAddress('203.0.113.7')).toBe('203.0.113.7');
    expect(throttleAddress('::ffff:203.0.113.7')).toBe('203.0.113.7');
  });

  it('is the /64 of an IPv6 address, however it is written', () => {
    const net = '2001:db8:85a3:8d3::/64';
    expect(throttleAddress('2001:db8:85a3:8d3:1319:8a2e:370:7348')).toBe(net);
    expect(throttleAddress('2001:0db8:85a3:08d3:ffff::1')).toBe(net);
    expect(throttleAddress('2001:db8:85a3:8d3::')).toBe(net);
    expect(throttleAddress('::1')).toBe('0:0:0:0::/64');
    expect(throttleAddress('fe80::1')).toBe('fe80:0:0:0::/64');
  });
});
