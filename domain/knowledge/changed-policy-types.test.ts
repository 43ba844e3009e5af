import { expect, test } from 'vitest';

import { policyDocumentSchema, type PolicyDocument } from '../authority/policy.ts';
import { changedPolicyTypes } from './changed-policy-types.ts';

const base = policyDocumentSchema.parse({
  currency: 'USD',
  levels: [
    { key: 'agent', name: 'Agent' },
    { key: 'manager', name: 'Manager' },
  ],
  resolutionTypes: [
    { key: 'refund', label: 'Refund', reasonRequired: true },
    { key: 'goodwill_gift', label: 'Goodwill gift', cost: { kind: 'fixed', amountMinor: 35_00 } },
  ],
  rules: [
    { level: 'agent', type: 'refund', perIncidentMinor: 100_00 },
    { level: 'manager', type: 'refund', perIncidentMinor: 2_000_00 },
    { level: 'agent', type: 'goodwill_gift', perIncidentMinor: 40_00 },
    { level: 'manager', type: 'goodwill_gift', perIncidentMinor: 100_00 },
  ],
});
const edit = (change: (doc: PolicyDocument) => void): PolicyDocument => {
  const doc = structuredClone(base);
  change(doc);
  return doc;
};

test('a changed limit, guideline or condition names its type; a label or rule order does not', () => {
  expect(changedPolicyTypes(null, base)).toEqual([]);
  expect(changedPolicyTypes(base, structuredClone(base))).toEqual([]);
  expect(
    changedPolicyTypes(
      base,
      edit((d) => void (d.rules[0]!.perIncidentMinor = 150_00)),
    ),
  ).toEqual(['refund']);
  expect(
    changedPolicyTypes(
      base,
      edit((d) => void (d.resolutionTypes[1]!.guidelines = 'Only for delays')),
    ),
  ).toEqual(['goodwill_gift']);
  expect(
    changedPolicyTypes(
      base,
      edit((d) => void (d.resolutionTypes[0]!.label = 'Money back')),
    ),
  ).toEqual([]);
  expect(
    changedPolicyTypes(
      base,
      edit((d) => void d.rules.reverse()),
    ),
  ).toEqual([]);
  const everyType = edit((d) =>
    d.conditions.push({
      id: 'recent_orders',
      description: 'Orders of the last 90 days',
      types: [],
      check: { kind: 'max_order_age_days', days: 90 },
      whenFails: { outcome: 'not_allowed' },
    }),
  );
  expect(changedPolicyTypes(base, everyType)).toEqual(['goodwill_gift', 'refund']);
  expect(
    changedPolicyTypes(
      base,
      edit((d) => void d.resolutionTypes.pop()),
    ),
  ).toEqual(['goodwill_gift']);
});
