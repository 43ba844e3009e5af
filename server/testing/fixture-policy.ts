import type { PolicyDocumentInput } from '../../domain/authority/policy.ts';

/** A small policy for tests: refunds and goodwill gifts over the fixture organization's four levels. */
export const fixturePolicy: PolicyDocumentInput = {
  currency: 'USD',
  levelsNest: true,
  levels: [
    { key: 'agent', name: 'Agent' },
    { key: 'senior_agent', name: 'Senior agent' },
    { key: 'supervisor', name: 'Supervisor' },
    { key: 'manager', name: 'Manager' },
  ],
  resolutionTypes: [
    { key: 'refund', label: 'Refund', reasonRequired: true, customerWindowDays: 30 },
    { key: 'goodwill_gift', label: 'Goodwill gift', cost: { kind: 'fixed', amountMinor: 35_00 } },
  ],
  rules: [
    { level: 'agent', type: 'refund', perIncidentMinor: 100_00, perDayMinor: 500_00 },
    { level: 'senior_agent', type: 'refund', perIncidentMinor: 250_00, perDayMinor: 1_000_00 },
    { level: 'supervisor', type: 'refund', perIncidentMinor: 500_00 },
    { level: 'manager', type: 'refund', perIncidentMinor: 2_000_00 },
    {
      level: 'agent',
      type: 'goodwill_gift',
      perIncidentMinor: 40_00,
      requiredCertification: 'goodwill_gifts',
    },
    { level: 'senior_agent', type: 'goodwill_gift', perIncidentMinor: 40_00 },
    { level: 'supervisor', type: 'goodwill_gift', perIncidentMinor: 100_00 },
    { level: 'manager', type: 'goodwill_gift', perIncidentMinor: 100_00 },
  ],
};
