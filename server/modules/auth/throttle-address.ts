import { isIPv6 } from 'node:net';

/**
 * The address a sign-in is counted against. An IPv6 client is handed a whole /64 (and can pick any
 * address in it at will), so its attempts count against the /64, not the one address: otherwise every
 * attempt would arrive from a fresh address and start a fresh count.
 */
export function throttleAddress(ip: string): string {
  const v4mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  if (v4mapped) return v4mapped[1]!;
  if (!isIPv6(ip)) return ip;
  const [head = '', tail = ''] = ip.split('::');
  const left = head === '' ? [] : head.split(':');
  const right = tail === '' ? [] : tail.split(':');
  const groups = ip.includes('::')
    ? [...left, ...Array(8 - left.length - right.length).fill('0'), ...right]
    : left;
  return `${groups
    .slice(0, 4)
    .map((g) => parseInt(g, 16).toString(16))
    .join(':')}::/64`;
}
