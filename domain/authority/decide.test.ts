import { describe, expect, it } from 'vitest';

import { compilePolicy } from './compile.ts';
import { decide, noUsage, type AuthorityRequest } from './decide.ts';
import { limitsFor } from './limits-for.ts';
import type { AuthorityPolicy } from './policy.ts';

const policy: AuthorityPolicy = {
  version: 3,
  currency: 'USD',
  levelsNest: true,
  levels: [
    { key: 'agent', name: 'Agent' },
    { key: 'supervisor', name: 'Supervisor' },
    { key: 'manager', name: 'Manager' },
  ],
  resolutionTypes: [
    {
      key: 'refund',
      label: 'Refund',
      guidelines: '',
      reasonRequired: true,
      cost: { kind: 'amount' },
      customerWindowDays: 30,
    },
    {
      key: 'upgrade',
      label: 'Upgrade',
      guidelines: '',
      reasonRequired: false,
      cost: { kind: 'amount' },
      customerWindowDays: 30,
    },
    {
      key: 'goodwill_gift',
      label: 'Goodwill gift',
      guidelines: '',
      reasonRequired: false,
      cost: { kind: 'amount' },
      customerWindowDays: 90,
    },
  ],
  rules: [
    {
      level: 'agent',
      type: 'refund',
      barred: false,
      perIncidentMinor: 100_00,
      perCustomerMinor: 150_00,
      perDayMinor: 500_00,
      perMonthMinor: 3_000_00,
    },
    {
      level: 'supervisor',
      type: 'refund',
      barred: false,
      perIncidentMinor: 500_00,
      perCustomerMinor: 1_000_00,
      perDayMinor: 2_000_00,
    },
    {
      level: 'manager',
      type: 'refund',
      barred: false,
      perIncidentMinor: 1_000_00,
      valueScaling: { lifetimeValueBasisPoints: 100, segmentBonusMinor: {}, maxMinor: 2_000_00 },
    },
    { level: 'agent', type: 'upgrade', barred: true, perIncidentMinor: 0 },
    { level: 'supervisor', type: 'upgrade', barred: false, perIncidentMinor: 200_00 },
    { level: 'manager', type: 'upgrade', barred: false, perIncidentMinor: 400_00 },
    {
      level: 'agent',
      type: 'goodwill_gift',
      barred: false,
      perIncidentMinor: 50_00,
      requiredCertification: 'goodwill_basics',
    },
    { level: 'supervisor', type: 'goodwill_gift', barred: false, perIncidentMinor: 150_00 },
    { level: 'manager', type: 'goodwill_gift', barred: false, perIncidentMinor: 300_00 },
  ],
  contactLimits: [{ level: 'agent', totalPerContactMinor: 200_00 }],
  conditions: [
    {
      id: 'recent_order',
      description: 'Refunds are for orders placed in the last 90 days',
      types: ['refund'],
      check: { kind: 'max_order_age_days', days: 90 },
      whenFails: { outcome: 'needs_approval', level: 'manager' },
    },
    {
      id: 'no_abuse',
      description: 'The customer is not suspected of abuse',
      types: [],
      check: { kind: 'customer_flag_absent', flag: 'abuse_suspected' },
      whenFails: { outcome: 'not_allowed' },
    },
  ],
  overrides: [
    {
      id: 'bryan_upgrades',
      personId: 'bryan',
      personName: 'Bryan',
      type: 'upgrade',
      perIncidentMinor: 30_00,
      startsAt: '2026-11-01T00:00:00Z',
      expiresAt: '2026-12-01T00:00:00Z',
      note: 'Holiday pilot',
    },
  ],
};
const cp = compilePolicy(policy);
const at = Date.parse('2026-11-20T15:00:00Z');
const bryan = { id: 'bryan', levelKey: 'agent', certifications: [] as string[] };
const customer = {
  lifetimeValueMinor: 250_000_00,
  segment: 'vip',
  flags: [] as string[],
  linkedPersonId: null,
};
const request = (overrides: Partial<AuthorityRequest>): AuthorityRequest => ({
  person: bryan,
  customer,
  type: 'refund',
  amountMinor: 40_00,
  currency: 'USD',
  orderAgeDays: 5,
  at,
  ...overrides,
});

describe('decide', () => {
  it('grants a refund within the per-incident limit and says the rep is covered', () => {
    const d = decide(cp, request({}), noUsage);
    expect(d.outcome).toBe('within_authority');
    expect(d.requiredLevel).toBeNull();
    expect(d.policyVersion).toBe(3);
    expect(d.reasons).toEqual([
      'Refund: up to $100 per incident at your level (Agent); this is $40.',
      'Within your authority: you are covered (policy version 3).',
    ]);
    expect(
      d.limits.map((l) => [l.kind, l.limitMinor, l.usedMinor, l.remainingMinor, l.exceeded]),
    ).toEqual([
      ['per_incident', 100_00, 0, 100_00, false],
      ['per_customer', 150_00, 0, 150_00, false],
      ['per_day', 500_00, 0, 500_00, false],
      ['per_month', 3_000_00, 0, 3_000_00, false],
      ['per_contact', 200_00, 0, 200_00, false],
    ]);
  });

  it('sends a refund over the agent limit to a supervisor, in words a rep understands', () => {
    const d = decide(cp, request({ amountMinor: 140_00 }), noUsage);
    expect(d.outcome).toBe('needs_approval');
    expect(d.requiredLevel).toEqual({ key: 'supervisor', name: 'Supervisor', rank: 2 });
    expect(d.reasons).toEqual([
      'Refund: up to $100 per incident at your level (Agent); this is $140.',
      'A Supervisor can approve it.',
    ]);
  });

  it('skips a level whose limit does not cover the amount', () => {
    expect(decide(cp, request({ amountMinor: 600_00 }), noUsage).requiredLevel?.key).toBe(
      'manager',
    );
  });

  it("scales the manager's limit with the customer's lifetime value, capped", () => {
    // 1% of $250,000 is $2,500 on top of $1,000, capped at $2,000.
    const manager = { id: 'm', levelKey: 'manager', certifications: [] };
    expect(decide(cp, request({ person: manager, amountMinor: 2_000_00 }), noUsage).outcome).toBe(
      'within_authority',
    );
    expect(decide(cp, request({ person: manager, amountMinor: 2_000_01 }), noUsage).outcome).toBe(
      'not_allowed',
    );
    const modest = { ...customer, lifetimeValueMinor: 20_000_00 };
    const d = decide(
      cp,
      request({ person: manager, customer: modest, amountMinor: 1_200_01 }),
      noUsage,
    );
    expect(d.outcome).toBe('not_allowed');
    expect(d.limits[0]).toMatchObject({
      kind: 'per_incident',
      limitMinor: 1_200_00,
      source: 'value_scaled',
    });
  });

  it('counts what the rep already spent today', () => {
    const d = decide(cp, request({ amountMinor: 80_00 }), { ...noUsage, personDayMinor: 450_00 });
    expect(d.outcome).toBe('needs_approval');
    expect(d.reasons[0]).toBe('Your refund budget today is $500 and $450 is used; this is $80.');
    expect(d.limits.find((l) => l.kind === 'per_day')).toMatchObject({
      remainingMinor: 50_00,
      exceeded: true,
    });
  });

  it("counts what the customer already received in the type's window", () => {
    const d = decide(cp, request({ amountMinor: 60_00 }), {
      ...noUsage,
      customerWindowMinor: 100_00,
    });
    expect(d.outcome).toBe('needs_approval');
    expect(d.reasons[0]).toContain('This customer has had $100 of refund in the last 30 days');
  });

  it('bars a level from a type entirely, unless a personal override is in force', () => {
    const senior = { id: 'mei', levelKey: 'agent', certifications: [] };
    const barred = decide(
      cp,
      request({ person: senior, type: 'upgrade', amountMinor: 20_00 }),
      noUsage,
    );
    expect(barred.outcome).toBe('needs_approval');
    expect(barred.reasons[0]).toBe(
      'Upgrade is not something your level (Agent) can grant on its own.',
    );
    const pilot = decide(cp, request({ type: 'upgrade', amountMinor: 20_00 }), noUsage);
    expect(pilot.outcome).toBe('within_authority');
    expect(pilot.limits[0]).toMatchObject({ limitMinor: 30_00, source: 'override' });
    const expired = decide(
      cp,
      request({ type: 'upgrade', amountMinor: 20_00, at: Date.parse('2026-12-01T00:00:00Z') }),
      noUsage,
    );
    expect(expired.outcome).toBe('needs_approval');
  });

  it('needs the certification the rule names', () => {
    const d = decide(cp, request({ type: 'goodwill_gift', amountMinor: 30_00 }), noUsage);
    expect(d.outcome).toBe('needs_approval');
    expect(d.reasons[0]).toBe(
      'Goodwill gift at your level needs the "goodwill_basics" certification, which you do not hold yet.',
    );
    const certified = { ...bryan, certifications: ['goodwill_basics'] };
    expect(
      decide(cp, request({ person: certified, type: 'goodwill_gift', amountMinor: 30_00 }), noUsage)
        .outcome,
    ).toBe('within_authority');
  });

  it('never lets a person decide alone for a customer linked to them', () => {
    const d = decide(cp, request({ customer: { ...customer, linkedPersonId: 'bryan' } }), noUsage);
    expect(d.outcome).toBe('needs_approval');
    expect(d.requiredLevel?.key).toBe('supervisor');
    expect(d.reasons).toContain('This customer is linked to you, so someone else must decide.');
    // At the top, a peer decides.
    const manager = { id: 'm', levelKey: 'manager', certifications: [] };
    const top = decide(
      cp,
      request({ person: manager, customer: { ...customer, linkedPersonId: 'm' } }),
      noUsage,
    );
    expect(top.requiredLevel?.key).toBe('manager');
    expect(top.reasons.at(-1)).toBe('Another Manager can approve it.');
  });

  it('applies eligibility conditions: an old order needs a manager, abuse is not allowed at all', () => {
    const old = decide(cp, request({ orderAgeDays: 120 }), noUsage);
    expect(old.outcome).toBe('needs_approval');
    expect(old.requiredLevel?.key).toBe('manager');
    expect(old.reasons[0]).toBe(
      'Refunds are for orders placed in the last 90 days. This order is 120 days old.',
    );
    const abuse = decide(
      cp,
      request({ customer: { ...customer, flags: ['abuse_suspected'] } }),
      noUsage,
    );
    expect(abuse.outcome).toBe('not_allowed');
    expect(abuse.conditions.find((c) => c.id === 'no_abuse')?.passed).toBe(false);
  });

  it('caps the total of one contact across types', () => {
    const d = decide(cp, request({ amountMinor: 50_00 }), {
      ...noUsage,
      contactTotalMinor: 180_00,
    });
    expect(d.outcome).toBe('needs_approval');
    expect(d.reasons[0]).toBe(
      'This contact has already used $180 of the $200 allowed per contact at your level.',
    );
  });

  it('refuses an unknown type, another currency and a negative amount outright', () => {
    expect(decide(cp, request({ type: 'teleport' }), noUsage).outcome).toBe('not_allowed');
    expect(decide(cp, request({ currency: 'EUR' }), noUsage).reasons[0]).toBe(
      'This policy works in USD; the request is in EUR.',
    );
    expect(decide(cp, request({ amountMinor: -1 }), noUsage).outcome).toBe('not_allowed');
  });

  it('sends everything from a person without a level to the lowest level that covers it', () => {
    const d = decide(
      cp,
      request({ person: { id: 'new', levelKey: null, certifications: [] } }),
      noUsage,
    );
    expect(d.outcome).toBe('needs_approval');
    expect(d.requiredLevel?.key).toBe('agent');
  });
});

describe('limitsFor', () => {
  it('says what a rep may still grant alone, per type, and why not', () => {
    const allowances = limitsFor(
      cp,
      bryan,
      customer,
      {
        contactTotalMinor: 0,
        byType: { refund: { personDayMinor: 450_00, personMonthMinor: 0, customerWindowMinor: 0 } },
      },
      at,
    );
    expect(allowances.find((a) => a.type === 'refund')?.maxWithinAuthorityMinor).toBe(50_00);
    expect(allowances.find((a) => a.type === 'upgrade')?.maxWithinAuthorityMinor).toBe(30_00);
    const gift = allowances.find((a) => a.type === 'goodwill_gift');
    expect(gift?.maxWithinAuthorityMinor).toBe(0);
    expect(gift?.blockedBy[0]).toContain('certification');
  });
});
