import { describe, expect, it } from 'vitest';

import { assignmentDrafts, dueAtOf } from './assign-drafts.ts';

describe('assignment drafts', () => {
  it('sends a picked day as the end of that day, anything else as typed', () => {
    expect(new Date(dueAtOf('2026-12-24')).getTime()).toBe(
      new Date(2026, 11, 24, 23, 59, 59).getTime(),
    );
    expect(dueAtOf('')).toBe('');
    expect(dueAtOf('soon')).toBe('soon');
  });

  it('makes one request per team and one for the people, or one naming neither', () => {
    const base = { courseId: 'c', day: '' };
    expect(assignmentDrafts({ ...base, teamIds: ['t1', 't2'], personIds: ['p1'] })).toEqual([
      { courseId: 'c', teamId: 't1', dueAt: '' },
      { courseId: 'c', teamId: 't2', dueAt: '' },
      { courseId: 'c', personIds: ['p1'], dueAt: '' },
    ]);
    expect(assignmentDrafts({ ...base, teamIds: [], personIds: [] })).toEqual([
      { courseId: 'c', dueAt: '' },
    ]);
  });
});
