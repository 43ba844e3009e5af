import { describe, expect, it } from 'vitest';

import { formatAgo, formatDuration, waitUrgency } from './format-wait.ts';

describe('formatDuration', () => {
  it('reads like a clock', () => {
    expect(formatDuration(0)).toBe('0:00');
    expect(formatDuration(42_400)).toBe('0:42');
    expect(formatDuration(12 * 60_000 + 5_000)).toBe('12:05');
    expect(formatDuration(3_600_000 + 2 * 60_000 + 9_000)).toBe('1:02:09');
    expect(formatDuration(2 * 86_400_000 + 3 * 3_600_000 + 59_000)).toBe('2 d 3 h');
  });

  it('never goes below zero when the clocks disagree', () => {
    expect(formatDuration(-5_000)).toBe('0:00');
  });
});

describe('waitUrgency', () => {
  it('grows with the wait', () => {
    expect(waitUrgency(59_999)).toBe('fresh');
    expect(waitUrgency(60_000)).toBe('waiting');
    expect(waitUrgency(180_000)).toBe('long');
  });
});

describe('formatAgo', () => {
  const now = Date.parse('2026-03-10T12:00:00Z');
  it('says how long ago', () => {
    expect(formatAgo('2026-03-10T11:59:30Z', now)).toBe('just now');
    expect(formatAgo('2026-03-10T11:55:00Z', now)).toBe('5 minutes ago');
    expect(formatAgo('2026-03-07T12:00:00Z', now)).toBe('3 days ago');
  });
});
