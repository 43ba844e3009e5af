import { describe, expect, it } from 'vitest';

import { compilePolicy } from '../../../domain/authority/compile.ts';
import { decide } from '../../../domain/authority/decide.ts';
import { validatePolicy } from '../../../domain/authority/validate.ts';
import { demoPolicy } from './demo-policy.ts';

describe('the demo policy', () => {
  const validation = validatePolicy(demoPolicy);

  it('is valid, with nesting levels', () => {
    expect(validation.issues).toEqual([]);
  });

  it('decides the worked example of docs/ARCHITECTURE.md as written there', () => {
    if (!validation.ok) throw new Error('invalid');
    const cp = compilePolicy({ ...validation.policy, version: 1 });
    const bryan = {
      id: 'bryan',
      name: 'Bryan',
      levelKey: 'agent',
      certifications: ['goodwill_gifts'],
    };
    const sarah = {
      lifetimeValueMinor: 1_240_00,
      segment: 'regular',
      flags: [],
      linkedPersonId: null,
    };
    const usage = {
      personDayMinor: 450_00,
      personMonthMinor: 900_00,
      customerWindowMinor: 0,
      contactTotalMinor: 0,
    };
    const request = {
      person: bryan,
      customer: sarah,
      type: 'refund',
      amountMinor: 80_00,
      currency: 'USD',
      orderAgeDays: 12,
      at: Date.parse('2026-11-20T15:00:00Z'),
    };
    const over = decide(cp, request, usage);
    expect(over.outcome).toBe('needs_approval');
    expect(over.requiredLevel?.name).toBe('Senior agent');
    expect(over.reasons).toEqual([
      'Your refund budget today is $500 and $450 is used; this is $80.',
      'A Senior agent can approve it.',
    ]);
    // The approver it goes to reads the same about Bryan.
    expect(over.reasonsForApprover).toEqual([
      "Bryan's refund budget today is $500 and $450 is used; this is $80.",
      'A Senior agent can approve it.',
    ]);
    const within = decide(cp, { ...request, amountMinor: 40_00 }, usage);
    expect(within.reasons).toEqual([
      'Refund: up to $100 per incident at your level (Agent); this is $40.',
      'Within your authority: you are covered (policy version 1).',
    ]);
  });
});
