import { describe, expect, it } from 'vitest';

import { compilePolicy } from '../../../domain/authority/compile.ts';
import { policyDocumentSchema } from '../../../domain/authority/policy.ts';
import { demoPolicy } from '../../../server/modules/demo/demo-policy.ts';
import {
  authoritySummary,
  maxOnYourOwn,
  orderAgeDays,
  outcomeTone,
  previewDecision,
  previewPerson,
  typeUsesOrderAge,
  type PreviewInputs,
} from './preview.ts';

const policy = compilePolicy({ ...policyDocumentSchema.parse(demoPolicy), version: 3 });
const bryan = { id: 'bryan', levelKey: 'agent', certifications: ['goodwill_gifts'] };
const sarah = {
  lifetimeValue: { amountMinor: 116_200, currency: 'USD' },
  segment: 'regular',
  flags: [] as string[],
  linkedPersonId: null,
};
const noUsage = { contactTotalMinor: 0, byType: {} };

const inputs = (over: Partial<PreviewInputs>): PreviewInputs => ({
  policy,
  person: bryan,
  customer: sarah,
  usage: noUsage,
  type: 'refund',
  amountMinor: 0,
  orderAgeDays: null,
  at: Date.parse('2026-11-22T12:00:00Z'),
  ...over,
});

describe('the decision preview', () => {
  it('says a $25 refund is within an agent’s authority, and a $140 one needs a Senior agent', () => {
    expect(previewDecision(inputs({ amountMinor: 2500 })).outcome).toBe('within_authority');
    const over = previewDecision(inputs({ amountMinor: 14_000 }));
    expect(over.outcome).toBe('needs_approval');
    expect(outcomeTone(over).title).toBe('Needs approval from a Senior agent');
  });

  it('applies today’s usage for the type and the contact’s total', () => {
    const usage = {
      contactTotalMinor: 28_000,
      byType: {
        refund: { personDayMinor: 4_000, personMonthMinor: 4_000, customerWindowMinor: 3_000 },
      },
    };
    const probe = previewDecision(inputs({ usage }));
    expect(maxOnYourOwn(probe)).toBe(2_000);
    expect(authoritySummary(probe, 'USD')).toEqual([
      'Up to $20 on your own',
      '$460 left today',
      '$170 left for this customer',
      '$20 left on this contact',
    ]);
    expect(previewDecision(inputs({ usage, amountMinor: 2_500 })).outcome).toBe('needs_approval');
  });

  it('reads the way the brief says: your own limit, then today, then this customer', () => {
    const usage = {
      contactTotalMinor: 0,
      byType: {
        refund: { personDayMinor: 4_000, personMonthMinor: 4_000, customerWindowMinor: 3_000 },
      },
    };
    expect(authoritySummary(previewDecision(inputs({ usage })), 'USD').join(' · ')).toBe(
      'Up to $100 on your own · $460 left today · $170 left for this customer',
    );
  });
});

describe('the decision preview, for a customer, an order and a certification', () => {
  it('sends a flagged customer to a Manager and a relative of the rep to someone else', () => {
    expect(
      previewDecision(
        inputs({ amountMinor: 1_000, customer: { ...sarah, flags: ['abuse_suspected'] } }),
      ).requiredLevel?.name,
    ).toBe('Manager');
    const linked = previewDecision(
      inputs({ amountMinor: 1_000, customer: { ...sarah, linkedPersonId: 'bryan' } }),
    );
    expect(linked.outcome).toBe('needs_approval');
    expect(
      authoritySummary(
        previewDecision(inputs({ customer: { ...sarah, linkedPersonId: 'bryan' } })),
        'USD',
      )[0],
    ).toBe('Nothing on your own for this customer');
  });

  it('asks for the order only where the order’s age matters', () => {
    expect(typeUsesOrderAge(policy, 'refund')).toBe(true);
    expect(typeUsesOrderAge(policy, 'fee_waiver')).toBe(false);
    expect(
      previewDecision(inputs({ amountMinor: 1_000, orderAgeDays: 120 })).requiredLevel?.name,
    ).toBe('Supervisor');
    expect(orderAgeDays('2026-11-01T12:00:00Z', Date.parse('2026-11-22T11:00:00Z'))).toBe(20);
  });

  it('needs the goodwill certificate the rep holds, read from /api/authority/me', () => {
    const me = previewPerson(
      { id: 'x', level: { key: 'agent' } },
      {
        certifications: ['goodwill_gifts'],
        lapsedCertifications: [{ key: 'refunds_ii', expiredAt: '2026-11-03T00:00:00.000Z' }],
      },
    );
    expect(me).toEqual({
      id: 'x',
      levelKey: 'agent',
      certifications: ['goodwill_gifts'],
      lapsedCertifications: [{ key: 'refunds_ii', expiredAt: Date.parse('2026-11-03T00:00:00Z') }],
    });
    expect(previewDecision(inputs({ type: 'goodwill_gift', amountMinor: 3_000 })).outcome).toBe(
      'within_authority',
    );
    expect(
      previewDecision(
        inputs({
          type: 'goodwill_gift',
          amountMinor: 3_000,
          person: { ...bryan, certifications: [] },
        }),
      ).outcome,
    ).toBe('needs_approval');
  });
});
