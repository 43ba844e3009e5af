import { describe, expect, it } from 'vitest';

import {
  dateInZone,
  endOfDateInZone,
  lastDateInZone,
  overrideStatus,
  startOfDateInZone,
} from './dates.ts';

describe('override dates', () => {
  it('runs from midnight to midnight in the organization zone', () => {
    expect(startOfDateInZone('2026-12-01', 'America/Chicago')).toBe('2026-12-01T06:00:00.000Z');
    expect(endOfDateInZone('2026-12-07', 'America/Chicago')).toBe('2026-12-08T06:00:00.000Z');
    expect(lastDateInZone('2026-12-08T06:00:00.000Z', 'America/Chicago')).toBe('2026-12-07');
  });

  it('handles zones far from UTC and a DST change', () => {
    expect(startOfDateInZone('2026-12-01', 'Pacific/Kiritimati')).toBe('2026-11-30T10:00:00.000Z');
    expect(startOfDateInZone('2026-12-01', 'Pacific/Pago_Pago')).toBe('2026-12-01T11:00:00.000Z');
    expect(endOfDateInZone('2026-03-08', 'America/Chicago')).toBe('2026-03-09T05:00:00.000Z');
    expect(dateInZone('2026-12-01T05:59:00.000Z', 'America/Chicago')).toBe('2026-11-30');
  });

  it('tells active, scheduled and expired apart', () => {
    const o = { startsAt: '2026-12-01T06:00:00.000Z', expiresAt: '2026-12-08T06:00:00.000Z' };
    expect(overrideStatus(o, Date.parse('2026-11-30T00:00:00Z'))).toBe('scheduled');
    expect(overrideStatus(o, Date.parse('2026-12-03T00:00:00Z'))).toBe('active');
    expect(overrideStatus(o, Date.parse('2026-12-08T06:00:00Z'))).toBe('expired');
  });
});
