import { describe, expect, it } from 'vitest';

import { policyDocumentSchema } from '../../../domain/authority/policy.ts';
import { demoPolicy } from '../../../server/modules/demo/demo-policy.ts';
import { summarizeRule } from './cell-summary.ts';
import { ruleFor } from './policy-edit.ts';

const doc = policyDocumentSchema.parse(demoPolicy);

describe('summarizeRule', () => {
  it("shows a certified tier's headline under the catalogue's title, and says it per incident", () => {
    const titles = new Map([['refunds_ii', 'Refunds II']]);
    const summary = summarizeRule(
      ruleFor(doc, 'agent', 'refund'),
      30,
      'USD',
      (key) => titles.get(key) ?? key,
    );
    expect(summary.barred).toBe(false);
    if (summary.barred) return;
    expect(summary.lines).toContain('with Refunds II: up to $250');
    expect(summary.text).toContain('with Refunds II: up to $250 per incident');
  });

  it('names the certification by its key when the catalogue does not know it', () => {
    const summary = summarizeRule(ruleFor(doc, 'agent', 'refund'), 30, 'USD');
    expect(summary.text).toContain('with refunds_ii: up to $250');
  });
});
