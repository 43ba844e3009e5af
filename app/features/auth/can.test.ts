import { describe, expect, it } from 'vitest';

import { canUse } from './can.ts';

describe('canUse', () => {
  const approver = { abilities: ['people.read', 'approvals.decide'] };

  it('answers from the abilities /api/me returned', () => {
    expect(canUse(approver, 'approvals.decide')).toBe(true);
    expect(canUse(approver, 'policy.manage')).toBe(false);
  });

  it('lets everyone use what needs no ability', () => {
    expect(canUse({ abilities: [] }, null)).toBe(true);
  });
});
