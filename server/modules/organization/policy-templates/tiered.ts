import type { PolicyDocumentInput } from '../../../../domain/authority/policy.ts';
import { unitsOf, type PolicyTemplate } from './policy-template.ts';
import { retailResolutionTypes } from './retail-resolution-types.ts';

const levels = [
  { key: 'agent', name: 'Agent' },
  { key: 'senior_agent', name: 'Senior agent' },
  { key: 'supervisor', name: 'Supervisor' },
  { key: 'manager', name: 'Manager' },
  { key: 'director', name: 'Director' },
] as const;

/** Per incident, per customer over the type's window, per rep per day; null is no limit of that kind. */
type Tier = readonly [perIncident: number, perCustomer: number | null, perDay: number | null];

// Higher amounts go to higher levels (seed 001); most decisions cost under 50 (003), so the Agent's
// figures cover them, with the 100 rule (002) on refunds. Mirrors the demo's policy.
const tiers: Record<string, readonly [Tier, Tier, Tier, Tier, Tier]> = {
  refund: [
    [100, 200, 500],
    [250, 500, 1_500],
    [500, 1_500, 4_000],
    [1_000, 5_000, null],
    [2_000, null, null],
  ],
  replacement: [
    [150, 300, 600],
    [300, 600, 1_500],
    [800, 2_000, 4_000],
    [2_000, null, null],
    [5_000, null, null],
  ],
  repair: [
    [100, 200, 500],
    [250, 500, 1_500],
    [600, 1_500, 4_000],
    [1_500, null, null],
    [4_000, null, null],
  ],
  service_credit: [
    [50, 100, 300],
    [100, 200, 600],
    [250, 500, 1_500],
    [500, 1_000, null],
    [1_000, null, null],
  ],
  future_discount: [
    [25, 50, 250],
    [50, 100, 500],
    [100, 250, 1_000],
    [250, null, null],
    [500, null, null],
  ],
  fee_waiver: [
    [50, 100, 300],
    [75, 150, 600],
    [200, 400, 1_500],
    [500, null, null],
    [1_000, null, null],
  ],
  policy_exception: [
    [30, 60, 200],
    [60, 120, 400],
    [200, 400, 1_000],
    [500, null, null],
    [1_000, null, null],
  ],
  goodwill_gift: [
    [40, 80, 200],
    [75, 150, 500],
    [150, 300, 1_000],
    [300, null, null],
    [600, null, null],
  ],
};

/** Agent, Senior agent, Supervisor, Manager, Director, each with limits per incident, per customer and per day. */
export const tiered: PolicyTemplate = {
  key: 'tiered',
  name: 'Tiered',
  description:
    'Five levels, Agent to Director, each with limits per incident, per customer and per day: an Agent refunds up to 100 (200 per customer, 500 a day), and each level above covers more.',
  adminLevel: 'director',
  document(currency) {
    const units = unitsOf(currency);
    const optional = (value: number | null) => (value === null ? undefined : units(value));
    const rules: PolicyDocumentInput['rules'] = retailResolutionTypes.flatMap(({ key }) =>
      levels.map((level, rank) => {
        const [perIncident, perCustomer, perDay] = tiers[key]![rank]!;
        return {
          level: level.key,
          type: key,
          perIncidentMinor: units(perIncident),
          perCustomerMinor: optional(perCustomer),
          perDayMinor: optional(perDay),
        };
      }),
    );
    return {
      currency,
      levelsNest: true,
      levels: [...levels],
      resolutionTypes: retailResolutionTypes,
      rules,
      contactLimits: [
        { level: 'agent', totalPerContactMinor: units(300) },
        { level: 'senior_agent', totalPerContactMinor: units(600) },
        { level: 'supervisor', totalPerContactMinor: units(2_000) },
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
      ],
    };
  },
};
