import * as cedar from '@cedar-policy/cedar-wasm/nodejs';
import { describe, expect, it } from 'vitest';
import { createRandom } from '../random.ts';
import { compilePolicy } from './compile.ts';
import { decide } from './decide.ts';
import { policyToCedar, requestToCedar } from './cedar.ts';
import { generatePeople, generatePolicy, generateRequest } from './testing/generate.ts';

const POLICIES = 40;
const REQUESTS_PER_POLICY = 2_500;

describe('export as Cedar', () => {
  it('produces a policy set that Cedar parses', () => {
    const random = createRandom(7);
    const people = generatePeople(random, 10, 6);
    const cp = compilePolicy(generatePolicy(random, { levels: 6, types: 4, nesting: true, people, overrides: 3, conditions: 3 }));
    const text = policyToCedar(cp);
    expect(text).toContain('permit (principal, action == Leeway::Action::"resolve", resource)');
    expect(cedar.checkParsePolicySet({ staticPolicies: text })).toEqual({ type: 'success' });
  });

  it(`agrees with Cedar's allow on every one of ${POLICIES * REQUESTS_PER_POLICY} generated requests`, () => {
    let compared = 0;
    let allowed = 0;
    const disagreements: string[] = [];
    for (let p = 0; p < POLICIES; p++) {
      const random = createRandom(1_000 + p);
      const levels = p % 10 === 0 ? 20 : random.int(1, 10);
      const people = generatePeople(random, 40, levels);
      const policy = generatePolicy(random, { levels, types: p % 10 === 0 ? 12 : random.int(1, 8), nesting: p % 2 === 0, people, overrides: random.int(0, 12), conditions: random.int(0, 4) });
      const cp = compilePolicy(policy);
      const id = `differential-${p}`;
      const parsed = cedar.preparsePolicySet(id, { staticPolicies: policyToCedar(cp) });
      expect(parsed, `policy ${p} parses`).toEqual({ type: 'success' });
      for (let r = 0; r < REQUESTS_PER_POLICY; r++) {
        const { request, usage } = generateRequest(random, cp, people);
        const ours = decide(cp, request, usage).outcome === 'within_authority';
        const answer = cedar.statefulIsAuthorized({ ...requestToCedar(request, usage), preparsedPolicySetId: id, entities: [] });
        if (answer.type !== 'success') throw new Error(`Cedar failed on policy ${p}: ${JSON.stringify(answer.errors)}`);
        if (answer.response.diagnostics.errors.length > 0) throw new Error(`Cedar evaluation error: ${JSON.stringify(answer.response.diagnostics.errors)}`);
        const theirs = answer.response.decision === 'allow';
        compared++;
        if (ours) allowed++;
        if (ours !== theirs && disagreements.length < 5) disagreements.push(`policy ${p}, request ${r}: ours ${ours}, Cedar ${theirs}: ${JSON.stringify({ request, usage })}`);
      }
    }
    expect(disagreements).toEqual([]);
    expect(compared).toBe(POLICIES * REQUESTS_PER_POLICY);
    // Both answers must be common, or agreement would prove little.
    expect(allowed / compared).toBeGreaterThan(0.15);
    expect(allowed / compared).toBeLessThan(0.85);
  }, 120_000);
});
