import type { LimitRule, PolicyDocumentInput } from '../../../domain/authority/policy.ts';

/**
 * Northwind's first published authority policy. The figures follow the sources: most decisions cost
 * under $50, an agent may spend up to $100 on their own (the "$100 rule"), and at the top a limit
 * grows with what the customer has spent with us, up to the Ritz-Carlton's $2,000 per guest.
 */
const levels = ['agent', 'senior_agent', 'supervisor', 'manager', 'director'] as const;
type Level = (typeof levels)[number];
const $ = (dollars: number) => Math.round(dollars * 100);

type Row = Partial<Omit<LimitRule, 'level' | 'type'>> | 'barred';

function rowsFor(type: string, byLevel: Record<Level, Row>): LimitRule[] {
  return levels.map((level) => {
    const row = byLevel[level];
    return row === 'barred'
      ? { level, type, barred: true, perIncidentMinor: 0 }
      : { level, type, barred: false, perIncidentMinor: 0, ...row };
  });
}

export const demoPolicy: PolicyDocumentInput = {
  currency: 'USD',
  levelsNest: true,
  levels: [
    { key: 'agent', name: 'Agent' },
    { key: 'senior_agent', name: 'Senior agent' },
    { key: 'supervisor', name: 'Supervisor' },
    { key: 'manager', name: 'Manager' },
    { key: 'director', name: 'Director' },
  ],
  resolutionTypes: [
    {
      key: 'refund',
      label: 'Refund',
      reasonRequired: true,
      customerWindowDays: 30,
      guidelines:
        'Refund to the original payment method when the product or our service fell short.\n\n' +
        '- Refund in full when we made the mistake (wrong item, late beyond the promised date, damaged on arrival).\n' +
        '- For part of an order, refund the item, not the whole order.\n' +
        '- Say what you did in the reason: the next rep will read it.',
    },
    {
      key: 'replacement',
      label: 'Replacement',
      reasonRequired: true,
      customerWindowDays: 60,
      guidelines:
        "Ship a replacement before the return arrives when the item is defective or lost in transit. The amount is the replacement's price.",
    },
    {
      key: 'repair',
      label: 'Repair',
      reasonRequired: false,
      customerWindowDays: 90,
      guidelines:
        'Book a repair with our service partner for zips, seams and poles. The amount is the repair quote.',
    },
    {
      key: 'service_credit',
      label: 'Service credit',
      reasonRequired: false,
      customerWindowDays: 30,
      guidelines:
        'A credit on the account for a poor experience (long wait, repeated contact). Prefer it to a refund when the product itself was fine.',
    },
    {
      key: 'future_discount',
      label: 'Discount on a future purchase',
      reasonRequired: false,
      customerWindowDays: 90,
      guidelines: "A one-time code for the next order. The amount is the code's value.",
    },
    {
      key: 'fee_waiver',
      label: 'Fee waiver',
      reasonRequired: false,
      customerWindowDays: 90,
      guidelines:
        'Waive a late, restocking or re-delivery fee. Most cost under $50: just do it and say why.',
    },
    {
      key: 'policy_exception',
      label: 'Policy exception',
      reasonRequired: true,
      customerWindowDays: 90,
      guidelines:
        'Bend a rule that does not serve the customer: accept a return a few days late, ship after the cutoff time. The amount is what it costs us, often nothing.',
    },
    {
      key: 'upgrade',
      label: 'Upgrade',
      reasonRequired: false,
      customerWindowDays: 30,
      guidelines:
        'Upgrade shipping to express, or an item to the better model, when we caused the delay.',
    },
    {
      key: 'goodwill_gift',
      label: 'Goodwill gift',
      reasonRequired: false,
      customerWindowDays: 180,
      guidelines:
        'Flowers, a handwritten note with a small gift: for a customer whose trip or occasion we put at risk. These count in our flower stats.',
    },
  ],
  rules: [
    ...rowsFor('refund', {
      agent: {
        perIncidentMinor: $(100),
        perCustomerMinor: $(200),
        perDayMinor: $(500),
        perMonthMinor: $(3_000),
        // An agent who has passed Refunds II refunds as a Senior Agent does per incident and per
        // customer; their own day and month budgets stay an agent's.
        certified: {
          certification: 'refunds_ii',
          perIncidentMinor: $(250),
          perCustomerMinor: $(500),
          perDayMinor: $(500),
          perMonthMinor: $(3_000),
        },
      },
      senior_agent: {
        perIncidentMinor: $(250),
        perCustomerMinor: $(500),
        perDayMinor: $(1_500),
        perMonthMinor: $(8_000),
      },
      supervisor: {
        perIncidentMinor: $(500),
        perCustomerMinor: $(1_500),
        perDayMinor: $(4_000),
        perMonthMinor: $(20_000),
      },
      manager: {
        perIncidentMinor: $(1_000),
        perCustomerMinor: $(5_000),
        valueScaling: { lifetimeValueBasisPoints: 100, segmentBonusMinor: {}, maxMinor: $(2_000) },
      },
      director: {
        perIncidentMinor: $(2_000),
        valueScaling: {
          lifetimeValueBasisPoints: 200,
          segmentBonusMinor: { vip: $(1_000) },
          maxMinor: $(5_000),
        },
      },
    }),
    ...rowsFor('replacement', {
      agent: { perIncidentMinor: $(150), perDayMinor: $(600) },
      senior_agent: { perIncidentMinor: $(300), perDayMinor: $(1_500) },
      supervisor: { perIncidentMinor: $(800), perDayMinor: $(4_000) },
      manager: { perIncidentMinor: $(2_000) },
      director: { perIncidentMinor: $(5_000) },
    }),
    ...rowsFor('repair', {
      agent: { perIncidentMinor: $(100) },
      senior_agent: { perIncidentMinor: $(250) },
      supervisor: { perIncidentMinor: $(600) },
      manager: { perIncidentMinor: $(1_500) },
      director: { perIncidentMinor: $(4_000) },
    }),
    ...rowsFor('service_credit', {
      agent: { perIncidentMinor: $(50), perCustomerMinor: $(100), perDayMinor: $(300) },
      senior_agent: { perIncidentMinor: $(100), perCustomerMinor: $(200), perDayMinor: $(600) },
      supervisor: { perIncidentMinor: $(250), perCustomerMinor: $(500), perDayMinor: $(1_500) },
      manager: { perIncidentMinor: $(500), perCustomerMinor: $(1_000) },
      director: { perIncidentMinor: $(1_000) },
    }),
    ...rowsFor('future_discount', {
      agent: { perIncidentMinor: $(25), perCustomerMinor: $(50) },
      senior_agent: { perIncidentMinor: $(50), perCustomerMinor: $(100) },
      supervisor: { perIncidentMinor: $(100), perCustomerMinor: $(250) },
      manager: { perIncidentMinor: $(250) },
      director: { perIncidentMinor: $(500) },
    }),
    ...rowsFor('fee_waiver', {
      agent: { perIncidentMinor: $(50), perDayMinor: $(300) },
      senior_agent: { perIncidentMinor: $(75), perDayMinor: $(600) },
      supervisor: { perIncidentMinor: $(200) },
      manager: { perIncidentMinor: $(500) },
      director: { perIncidentMinor: $(1_000) },
    }),
    ...rowsFor('policy_exception', {
      agent: { perIncidentMinor: $(30) },
      senior_agent: { perIncidentMinor: $(60) },
      supervisor: { perIncidentMinor: $(200) },
      manager: { perIncidentMinor: $(500) },
      director: { perIncidentMinor: $(1_000) },
    }),
    ...rowsFor('upgrade', {
      agent: 'barred',
      senior_agent: { perIncidentMinor: $(40) },
      supervisor: { perIncidentMinor: $(150) },
      manager: { perIncidentMinor: $(400) },
      director: { perIncidentMinor: $(1_000) },
    }),
    ...rowsFor('goodwill_gift', {
      agent: {
        perIncidentMinor: $(40),
        perMonthMinor: $(200),
        requiredCertification: 'goodwill_gifts',
      },
      senior_agent: { perIncidentMinor: $(75), perMonthMinor: $(500) },
      supervisor: { perIncidentMinor: $(150), perMonthMinor: $(1_000) },
      manager: { perIncidentMinor: $(300) },
      director: { perIncidentMinor: $(600) },
    }),
  ],
  contactLimits: [
    { level: 'agent', totalPerContactMinor: $(300) },
    { level: 'senior_agent', totalPerContactMinor: $(600) },
    { level: 'supervisor', totalPerContactMinor: $(2_000) },
  ],
  conditions: [
    {
      id: 'recent_order',
      description:
        'Refunds are for orders placed in the last 90 days; older ones need a Supervisor',
      types: ['refund'],
      check: { kind: 'max_order_age_days', days: 90 },
      whenFails: { outcome: 'needs_approval', level: 'supervisor' },
    },
    {
      id: 'no_abuse_suspected',
      description: 'The customer is flagged for suspected abuse; a Manager decides',
      types: [],
      check: { kind: 'customer_flag_absent', flag: 'abuse_suspected' },
      whenFails: { outcome: 'needs_approval', level: 'manager' },
    },
    {
      id: 'no_chargeback_refunds',
      description: 'The customer has a chargeback history; refunds go through a Supervisor',
      types: ['refund'],
      check: { kind: 'customer_flag_absent', flag: 'chargeback_history' },
      whenFails: { outcome: 'needs_approval', level: 'supervisor' },
    },
  ],
  overrides: [],
};
