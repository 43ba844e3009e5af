import { describe, expect, it } from 'vitest';

import { resolutionReach } from './resolution-reach.ts';

describe('resolutionReach', () => {
  it('lets admins, approvers and auditors see the organization', () => {
    expect(resolutionReach({ personId: 'a', role: 'admin' })).toEqual({ kind: 'organization' });
    expect(resolutionReach({ personId: 'a', role: 'approver' })).toEqual({ kind: 'organization' });
    expect(resolutionReach({ personId: 'a', role: 'auditor' })).toEqual({ kind: 'organization' });
  });

  it('keeps a team leader to the teams they lead', () => {
    expect(resolutionReach({ personId: 'lead', role: 'team_leader' })).toEqual({
      kind: 'teams-led-by',
      leaderId: 'lead',
    });
  });

  it('keeps anyone else to their own', () => {
    expect(resolutionReach({ personId: 'rep', role: 'agent' })).toEqual({
      kind: 'own',
      personId: 'rep',
    });
  });
});
