import { describe, expect, it } from 'vitest';

import { abilities } from './abilities.ts';
import { abilitiesOf, rolesWith } from './ability-holders.ts';

describe('ability holders', () => {
  it('reads who decides approvals from the ability table', () => {
    expect(rolesWith('approvals.decide')).toEqual(['approver', 'team_leader', 'admin']);
    expect(rolesWith('people.oversee')).toEqual(['team_leader', 'trainer', 'admin']);
  });

  it("lists an actor's abilities as the table grants them, and nothing else", () => {
    for (const actor of [
      'agent',
      'approver',
      'team_leader',
      'trainer',
      'admin',
      'auditor',
      'integration',
    ] as const)
      for (const [ability, actors] of Object.entries(abilities))
        expect(abilitiesOf(actor).includes(ability as never), `${actor} ${ability}`).toBe(
          (actors as readonly string[]).includes(actor),
        );
    expect(abilitiesOf('integration')).toEqual([
      'organization.read',
      'customers.read',
      'cti.events',
      'xapi.read',
    ]);
  });

  it('gives the auditor the evidence to read and nothing that acts: its whole list', () => {
    expect(abilitiesOf('auditor')).toEqual([
      'organization.read',
      'tokens.own',
      'resolutions.export',
      'ledger.verify',
      'ledger.export',
      'xapi.read',
    ]);
  });

  it('keeps the auditor out of what everyone else holds', () => {
    for (const ability of ['resolutions.request', 'contacts.handle', 'customers.read'] as const)
      expect(rolesWith(ability)).toEqual(['agent', 'approver', 'team_leader', 'trainer', 'admin']);
  });
});
