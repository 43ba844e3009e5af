import { describe, expect, it } from 'vitest';

import { policyDocumentSchema, type PolicyDocument } from '../../../domain/authority/policy.ts';
import { validatePolicy } from '../../../domain/authority/validate.ts';
import { demoPolicy } from '../../../server/modules/demo/demo-policy.ts';
import { diffPolicies } from './policy-diff.ts';
import {
  removeType,
  setContactLimit,
  setRule,
  upsertCondition,
  upsertOverride,
} from './policy-edit.ts';
import { indexIssues, withoutEchoes } from './policy-issues.ts';

const base: PolicyDocument = policyDocumentSchema.parse(demoPolicy);
const tz = 'America/Chicago';
const texts = (after: PolicyDocument) => diffPolicies(base, after, tz).map((c) => c.text);

describe('diffPolicies', () => {
  it('is empty for the same document', () => {
    expect(diffPolicies(base, structuredClone(base), tz)).toEqual([]);
  });

  it('says a raised limit in the words an admin uses', () => {
    const after = setRule(base, 'agent', 'refund', (r) => ({ ...r, perIncidentMinor: 15_000 }));
    expect(diffPolicies(base, after, tz)).toEqual([
      {
        area: 'limits',
        level: 'agent',
        type: 'refund',
        text: 'Agent × Refund: per incident $100 → $150',
      },
    ]);
  });

  it('describes a certified tier raised and one removed, and places them in their cells', () => {
    const raised = setRule(base, 'agent', 'refund', (r) => ({
      ...r,
      certified: { ...r.certified!, perIncidentMinor: 30_000 },
    }));
    expect(texts(raised)).toEqual([
      'Agent × Refund: certified tier with refunds_ii $250 per incident, $500 per customer, $500 per day, $3,000 per month → with refunds_ii $300 per incident, $500 per customer, $500 per day, $3,000 per month',
    ]);
    const removed = setRule(base, 'agent', 'refund', (r) => ({ ...r, certified: undefined }));
    expect(diffPolicies(base, removed, tz)).toEqual([
      expect.objectContaining({
        level: 'agent',
        type: 'refund',
        text: expect.stringMatching(/→ none$/),
      }),
    ]);
  });

  it('describes opening and barring a cell, and a limit removed', () => {
    let after = setRule(base, 'agent', 'upgrade', (r) => ({
      ...r,
      barred: false,
      perIncidentMinor: 2_500,
    }));
    after = setRule(after, 'senior_agent', 'refund', (r) => ({ ...r, perMonthMinor: undefined }));
    after = setRule(after, 'director', 'repair', (r) => ({ ...r, barred: true }));
    expect(texts(after)).toEqual([
      'Senior agent × Refund: per month $8,000 → no limit',
      'Director × Repair: $4,000 per incident → barred',
      'Agent × Upgrade: barred → $25 per incident',
    ]);
  });

  it('lists contact totals, conditions and overrides', () => {
    let after = setContactLimit(base, 'agent', 40_000);
    after = upsertCondition(after, null, {
      id: 'no_vip_exceptions',
      description: 'Exceptions for VIPs go to a Manager',
      types: ['policy_exception'],
      check: { kind: 'customer_flag_absent', flag: 'vip' },
      whenFails: { outcome: 'needs_approval', level: 'manager' },
    });
    after = upsertOverride(after, {
      id: 'cover_week',
      personId: 'p1',
      personName: 'Bryan Ortiz',
      type: 'refund',
      perIncidentMinor: 25_000,
      startsAt: '2026-12-01T06:00:00.000Z',
      expiresAt: '2026-12-08T06:00:00.000Z',
      note: '',
    });
    expect(texts(after)).toEqual([
      'Agent: total per contact $300 → $400',
      'Added condition “Exceptions for VIPs go to a Manager”',
      'Added override for Bryan Ortiz on Refund: $250 per incident, Dec 1, 2026 – Dec 7, 2026',
    ]);
  });

  it('reports a removed type once, not once per level', () => {
    expect(texts(removeType(base, 'upgrade'))).toEqual(['Removed resolution type “Upgrade”']);
  });
});

describe('issues in place', () => {
  it('puts a nesting problem on the upper cell and field, without the echo about value scaling', () => {
    const doc = setRule(
      setRule(base, 'agent', 'service_credit', (r) => ({ ...r, perIncidentMinor: 7_500 })),
      'senior_agent',
      'service_credit',
      (r) => ({ ...r, perIncidentMinor: 6_000 }),
    );
    const validation = validatePolicy(doc);
    expect(validation.ok).toBe(false);
    const issues = withoutEchoes(doc, validation.issues);
    const index = indexIssues(doc, issues);
    expect(index.byCell.get('senior_agent/service_credit')).toEqual([
      expect.objectContaining({
        field: 'perIncidentMinor',
        message: "Senior agent's Service credit limit per incident ($60) is below Agent's ($75)",
      }),
    ]);
    expect(index.all).toHaveLength(1);
  });

  it('places a structural error from its path', () => {
    const doc = setRule(base, 'agent', 'repair', (r) => ({ ...r, perIncidentMinor: -1 }));
    const validation = validatePolicy(doc);
    const index = indexIssues(doc, validation.issues);
    expect(index.byCell.get('agent/repair')?.[0]).toMatchObject({ field: 'perIncidentMinor' });
    // The server's 400 names the same place with a "document." prefix.
    const server = indexIssues(doc, [
      {
        path: `document.rules.${doc.rules.findIndex((r) => r.level === 'agent' && r.type === 'repair')}.perIncidentMinor`,
        message: 'must not be negative',
      },
    ]);
    expect(server.byCell.get('agent/repair')?.[0]).toMatchObject({
      field: 'perIncidentMinor',
      message: 'must not be negative',
    });
  });
});
