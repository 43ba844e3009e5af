import { describe, expect, it } from 'vitest';

import { courseStatus, dueLabel, retakeOpensAt } from './format.ts';

const now = new Date('2026-12-02T12:00:00Z');

describe('training dates', () => {
  it('says how far a due date is', () => {
    expect(dueLabel('2026-12-05T12:00:00Z', now)).toBe('due in 3 days');
    expect(dueLabel('2026-12-03T11:00:00Z', now)).toBe('due in 1 day');
    expect(dueLabel('2026-12-02T12:00:00Z', now)).toBe('due today');
    expect(dueLabel('2026-11-30T12:00:00Z', now)).toBe('2 days overdue');
    expect(dueLabel('2026-12-01T12:00:00Z', now)).toBe('1 day overdue');
  });

  it('opens a retake after a failed attempt and its cooldown, never after a pass', () => {
    const failed = { submittedAt: '2026-12-02T11:00:00Z', passed: false };
    expect(retakeOpensAt({ retakeCooldownHours: 24 }, failed, now)?.toISOString()).toBe(
      '2026-12-03T11:00:00.000Z',
    );
    expect(retakeOpensAt({ retakeCooldownHours: 1 }, failed, now)).toBeNull();
    expect(retakeOpensAt({ retakeCooldownHours: 0 }, failed, now)).toBeNull();
    expect(retakeOpensAt({ retakeCooldownHours: 24 }, { ...failed, passed: true }, now)).toBeNull();
    expect(retakeOpensAt({ retakeCooldownHours: 24 }, undefined, now)).toBeNull();
  });

  it('names where a course stands', () => {
    expect(courseStatus(undefined)).toBe('Not started');
    expect(courseStatus({ submittedAt: null, passed: null, score: null })).toBe(
      'Assessment in progress',
    );
    expect(courseStatus({ submittedAt: 'x', passed: true, score: 90 })).toBe('Passed (90%)');
    expect(courseStatus({ submittedAt: 'x', passed: false, score: 40 })).toBe(
      'Not passed yet (40%)',
    );
  });
});
