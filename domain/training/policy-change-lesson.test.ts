import { describe, expect, it } from 'vitest';

import { policyDocumentSchema, type PolicyDocument } from '../authority/policy.ts';
import { certificationsForType, policyChangeLesson } from './policy-change-lesson.ts';

const base: PolicyDocument = policyDocumentSchema.parse({
  currency: 'USD',
  levels: [
    { key: 'agent', name: 'Agent' },
    { key: 'supervisor', name: 'Supervisor' },
  ],
  resolutionTypes: [
    { key: 'refund', label: 'Refund', guidelines: 'Refund the item price.' },
    { key: 'goodwill_gift', label: 'Goodwill gift', cost: { kind: 'fixed', amountMinor: 35_00 } },
  ],
  rules: [
    {
      level: 'agent',
      type: 'refund',
      perIncidentMinor: 100_00,
      certified: { certification: 'refunds_ii', perIncidentMinor: 250_00 },
    },
    { level: 'supervisor', type: 'refund', perIncidentMinor: 500_00 },
    {
      level: 'agent',
      type: 'goodwill_gift',
      perIncidentMinor: 40_00,
      requiredCertification: 'goodwill_gifts',
    },
  ],
});

/** The base policy with the rule of one level × type changed. */
function withRule(
  level: string,
  type: string,
  change: (rule: PolicyDocument['rules'][number]) => PolicyDocument['rules'][number],
): PolicyDocument {
  return {
    ...base,
    rules: base.rules.map((r) => (r.level === level && r.type === type ? change(r) : r)),
  };
}

describe('policyChangeLesson', () => {
  it('says a limit change per level with the money formatted', () => {
    const next = withRule('agent', 'refund', (r) => ({ ...r, perIncidentMinor: 150_00 }));
    expect(policyChangeLesson(base, next, 'refund')).toEqual(['Agent: refund limit $100 → $150']);
    expect(policyChangeLesson(base, next, 'goodwill_gift')).toEqual([]);
  });

  it('says a budget added and a certified tier raised', () => {
    const next = withRule('agent', 'refund', (r) => ({
      ...r,
      perDayMinor: 500_00,
      certified: { certification: 'refunds_ii', perIncidentMinor: 300_00 },
    }));
    expect(policyChangeLesson(base, next, 'refund')).toEqual([
      'Agent: refund budget per day no cap → $500',
      'Agent with Refunds II: refund limit $250 → $300',
    ]);
  });

  it('says a tier removed, a certification now needed, and a level barred', () => {
    const tierless = withRule('agent', 'refund', (r) => {
      const { certified: _certified, ...rest } = r;
      return { ...rest, requiredCertification: 'refunds_i' };
    });
    const next = { ...tierless, rules: tierless.rules.filter((r) => r.level !== 'supervisor') };
    expect(policyChangeLesson(base, next, 'refund')).toEqual([
      'Agent: refund now needs Refunds I',
      'Agent: Refunds II no longer raises the refund limit',
      'Supervisor: may no longer grant a refund',
    ]);
  });

  it('quotes the new guidelines and names the fixed cost and the conditions', () => {
    const next: PolicyDocument = {
      ...base,
      resolutionTypes: base.resolutionTypes.map((t) =>
        t.key === 'goodwill_gift'
          ? {
              ...t,
              guidelines: 'Only for a  late\ndelivery.',
              cost: { kind: 'fixed', amountMinor: 30_00 },
            }
          : t,
      ),
      conditions: [
        {
          id: 'no_abuse',
          description: 'The customer is not flagged for abuse',
          types: [],
          check: { kind: 'customer_flag_absent', flag: 'abuse' },
          whenFails: { outcome: 'not_allowed' },
        },
      ],
    };
    expect(policyChangeLesson(base, next, 'goodwill_gift')).toEqual([
      'Guidelines changed: Only for a late delivery.',
      'Cost: a fixed $35 → a fixed $30',
      'New condition: The customer is not flagged for abuse',
    ]);
    expect(policyChangeLesson(base, next, 'refund')).toEqual([
      'New condition: The customer is not flagged for abuse',
    ]);
  });

  it('says a type added or removed', () => {
    const next = { ...base, resolutionTypes: base.resolutionTypes.slice(0, 1) };
    expect(policyChangeLesson(base, next, 'goodwill_gift')).toEqual([
      'Goodwill gift is no longer in the policy: nobody may grant it',
    ]);
    expect(policyChangeLesson(next, base, 'goodwill_gift')).toEqual([
      'Goodwill gift is new in the policy',
      'Agent: may now grant a goodwill gift, up to $40',
      'Agent: goodwill gift now needs Goodwill Gifts',
    ]);
  });
});

describe('certificationsForType', () => {
  it('names the certified tiers and the required certifications of the type', () => {
    expect(certificationsForType(base, 'refund')).toEqual(['refunds_ii']);
    expect(certificationsForType(base, 'goodwill_gift')).toEqual(['goodwill_gifts']);
  });
});
