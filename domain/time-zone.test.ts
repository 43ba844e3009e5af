import { describe, expect, it } from 'vitest';

import { startOfDayIn, startOfMonthIn } from './time-zone.ts';

describe('calendar boundaries in a time zone', () => {
  it('start the day at local midnight', () => {
    // 03:30 UTC on the 21st is still the 20th in Chicago (UTC-6 in November).
    expect(startOfDayIn('America/Chicago', new Date('2026-11-21T03:30:00Z')).toISOString()).toBe(
      '2026-11-20T06:00:00.000Z',
    );
    expect(startOfDayIn('Europe/Paris', new Date('2026-11-21T03:30:00Z')).toISOString()).toBe(
      '2026-11-20T23:00:00.000Z',
    );
    expect(startOfDayIn('UTC', new Date('2026-11-21T03:30:00Z')).toISOString()).toBe(
      '2026-11-21T00:00:00.000Z',
    );
  });

  it('start the month at local midnight on the first', () => {
    expect(startOfMonthIn('America/Chicago', new Date('2026-12-01T02:00:00Z')).toISOString()).toBe(
      '2026-11-01T05:00:00.000Z',
    );
    expect(startOfMonthIn('Asia/Tokyo', new Date('2026-11-30T16:00:00Z')).toISOString()).toBe(
      '2026-11-30T15:00:00.000Z',
    );
  });

  it('hold across a daylight-saving change', () => {
    // Chicago left DST on 2026-11-01 at 02:00 local: that day began at 05:00 UTC (still CDT).
    expect(startOfDayIn('America/Chicago', new Date('2026-11-01T18:00:00Z')).toISOString()).toBe(
      '2026-11-01T05:00:00.000Z',
    );
    expect(startOfDayIn('America/Chicago', new Date('2026-11-02T18:00:00Z')).toISOString()).toBe(
      '2026-11-02T06:00:00.000Z',
    );
  });
});
