import type { MantineColor } from '@mantine/core';

/** "chargeback_history" → "Chargeback history": flags and segments are keys, people read words. */
export const humanize = (key: string): string => {
  const words = key.replaceAll('_', ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
};

/** Flags that change how a request should be read get the louder colour. */
export const flagColor = (flag: string): MantineColor =>
  flag.includes('abuse') || flag.includes('fraud') ? 'red' : 'orange';

export const segmentColor = (segment: string): MantineColor => {
  switch (segment) {
    case 'vip':
      return 'grape';
    case 'loyal':
      return 'leeway';
    case 'new':
      return 'blue';
    default:
      return 'gray';
  }
};
