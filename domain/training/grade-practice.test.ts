import { describe, expect, it } from 'vitest';

import { compilePolicy } from '../authority/compile.ts';
import type { AuthorityPolicy } from '../authority/policy.ts';
import { gradePractice } from './grade-practice.ts';
import type { PracticeSituation } from './practice-situation.ts';

const policy: AuthorityPolicy = {
  version: 2,
  currency: 'USD',
  levelsNest: true,
  levels: [
    { key: 'agent', name: 'Agent' },
    { key: 'supervisor', name: 'Supervisor' },
  ],
  resolutionTypes: [
    {
      key: 'refund',
      label: 'Refund',
      guidelines: '',
      reasonRequired: false,
      cost: { kind: 'amount' },
      customerWindowDays: 30,
    },
  ],
  rules: [
    { level: 'agent', type: 'refund', barred: false, perIncidentMinor: 50_00 },
    { level: 'supervisor', type: 'refund', barred: false, perIncidentMinor: 300_00 },
  ],
  contactLimits: [],
  conditions: [
    {
      id: 'recent_order',
      description: 'Refunds are for orders up to 60 days old',
      types: ['refund'],
      check: { kind: 'max_order_age_days', days: 60 },
      whenFails: { outcome: 'not_allowed' },
    },
  ],
  overrides: [],
};
const cp = compilePolicy(policy);
const learner = { id: 'p1', levelKey: 'agent', certifications: [] };
const situation: PracticeSituation = {
  customer: { segment: 'regular', lifetimeValueMinor: 0, currency: 'USD', flags: [] },
  orderAgeDays: 10,
  prior: null,
  says: 'It arrived broken.',
  asks: { type: 'refund', amountMinor: 80_00 },
  types: ['refund'],
};
const grade = (
  amountMinor: number,
  decision: 'grant' | 'ask_approval' | 'not_allowed',
  s = situation,
) =>
  gradePractice({
    policy: cp,
    learner,
    situation: s,
    answer: { type: 'refund', amountMinor, decision },
    at: 0,
  });

describe('gradePractice', () => {
  it('within the learner’s limit, granting is right and the feedback says so', () => {
    const g = grade(40_00, 'grant');
    expect(g).toMatchObject({ correct: true, expected: { decision: 'grant' } });
    expect(g.reasons.at(-1)).toBe(
      'Right: this is within your authority: you may grant it yourself.',
    );
  });

  it('over it, granting is wrong and the feedback names the approver', () => {
    const g = grade(80_00, 'grant');
    expect(g).toMatchObject({
      correct: false,
      expected: { decision: 'ask_approval', approverLevel: 'Supervisor' },
    });
    expect(g.reasons[0]).toMatch(/^Refund: up to \$50(\.00)? per incident at your level \(Agent\)/);
    expect(g.reasons.at(-1)).toBe('Not quite: this needs a Supervisor.');
    expect(grade(80_00, 'ask_approval').correct).toBe(true);
  });

  it('an order past the age limit is not for anyone to grant', () => {
    const old = { ...situation, orderAgeDays: 90 };
    expect(grade(10_00, 'ask_approval', old)).toMatchObject({
      correct: false,
      expected: { decision: 'not_allowed' },
    });
    expect(grade(10_00, 'not_allowed', old).correct).toBe(true);
  });

  it('offering more than asked, or a type not on offer, is never right', () => {
    expect(grade(90_00, 'ask_approval').correct).toBe(false);
    const other = gradePractice({
      policy: cp,
      learner,
      situation: { ...situation, types: [] },
      answer: { type: 'refund', amountMinor: 10_00, decision: 'grant' },
      at: 0,
    });
    expect(other.correct).toBe(false);
  });

  it('a fixed-cost type is right only at its cost', () => {
    const fixed = compilePolicy({
      ...policy,
      resolutionTypes: [
        { ...policy.resolutionTypes[0]!, cost: { kind: 'fixed', amountMinor: 35_00 } },
      ],
    });
    const at = (amountMinor: number) =>
      gradePractice({
        policy: fixed,
        learner,
        situation: { ...situation, asks: { type: 'refund', amountMinor: 35_00 } },
        answer: { type: 'refund', amountMinor, decision: 'grant' },
        at: 0,
      }).correct;
    expect(at(35_00)).toBe(true);
    expect(at(10_00)).toBe(false);
  });
});
