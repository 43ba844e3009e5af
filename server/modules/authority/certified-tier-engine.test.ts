import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { compilePolicy } from '../../../domain/authority/compile.ts';
import {
  certificationName,
  decide,
  noUsage,
  type Outcome,
} from '../../../domain/authority/decide.ts';
import type { AuthorityPolicy, LimitRule } from '../../../domain/authority/policy.ts';
import {
  generatePeople,
  generatePolicy,
  generateRequest,
} from '../../../domain/authority/testing/generate.ts';
import { validatePolicy } from '../../../domain/authority/validate.ts';
import { createRandom } from '../../../domain/random.ts';
import { demoPolicy } from '../demo/demo-policy.ts';

const severity: Record<Outcome, number> = {
  within_authority: 0,
  needs_approval: 1,
  not_allowed: 2,
};
const seeds = fc.integer({ min: 0, max: 2 ** 31 - 1 });
const runs = { numRuns: 1_500 };

function scenario(seed: number, nesting: boolean) {
  const random = createRandom(seed);
  const levels = random.int(1, 6);
  const people = generatePeople(random, 12, levels);
  const policy = generatePolicy(random, {
    levels,
    types: random.int(1, 4),
    nesting,
    people,
    overrides: nesting ? 0 : random.int(0, 3),
    conditions: random.int(0, 3),
    certifiedTiers: true,
  });
  const cp = compilePolicy(policy);
  const { request, usage } = generateRequest(random, cp, people);
  return { policy, cp, request, usage };
}

describe('certified tiers', () => {
  it('generated policies with certified tiers pass validation', () => {
    fc.assert(
      fc.property(seeds, fc.boolean(), (seed, nesting) => {
        const { policy } = scenario(seed, nesting);
        expect(validatePolicy(policy).issues).toEqual([]);
      }),
      runs,
    );
  });

  it('holding one more certification never makes a decision worse', () => {
    fc.assert(
      fc.property(seeds, fc.boolean(), (seed, nesting) => {
        const { policy, cp, request, usage } = scenario(seed, nesting);
        const keys = new Set(policy.rules.flatMap((r) => r.certified?.certification ?? []));
        for (const key of keys) {
          if (request.person.certifications.includes(key)) continue;
          const before = decide(cp, request, usage);
          const person = {
            ...request.person,
            certifications: [...request.person.certifications, key],
          };
          const after = decide(cp, { ...request, person }, usage);
          expect(severity[after.outcome]).toBeLessThanOrEqual(severity[before.outcome]);
        }
      }),
      runs,
    );
  });

  it('with its certification, a certified tier decides as the rule with those limits would', () => {
    fc.assert(
      fc.property(seeds, fc.boolean(), (seed, nesting) => {
        const { policy, cp, request, usage } = scenario(seed, nesting);
        const held = new Set(request.person.certifications);
        // The tier replaces the figures of the requester's own cell; approvers are judged as levels,
        // without anyone's certificates, so every other cell stays as it is.
        const flattened: AuthorityPolicy = {
          ...policy,
          rules: policy.rules.map((rule): LimitRule => {
            const { certified, ...own } = rule;
            const theirs = rule.level === request.person.levelKey && rule.type === request.type;
            if (!certified || !theirs || !held.has(certified.certification)) return rule;
            const { certification: _, ...figures } = certified;
            return {
              ...own,
              perCustomerMinor: undefined,
              perDayMinor: undefined,
              perMonthMinor: undefined,
              valueScaling: undefined,
              ...figures,
            };
          }),
        };
        const person = request.person;
        const level = person.levelKey;
        const mine = policy.rules.find(
          (r) => r.level === level && r.type === request.type && r.certified,
        );
        const a = decide(cp, request, usage);
        const b = decide(compilePolicy(flattened), request, usage);
        // The requester's own authority is the same; who may approve is not, since a peer of theirs
        // is judged as a level, without the certificate, so only "within authority" must agree.
        expect(a.outcome === 'within_authority').toBe(b.outcome === 'within_authority');
        expect(a.limits).toEqual(b.limits);
        // Reasons differ only in naming the certificate that raised the limit.
        if (mine === undefined) expect(a.reasons).toEqual(b.reasons);
      }),
      runs,
    );
  });
});

describe('validating a certified tier', () => {
  const base = validatePolicy(demoPolicy);
  if (!base.ok) throw new Error('demo policy must be valid');
  const withAgentRefund = (change: (rule: LimitRule) => LimitRule) => ({
    ...demoPolicy,
    rules: base.policy.rules.map((r) =>
      r.level === 'agent' && r.type === 'refund' ? change(r) : r,
    ),
  });

  it('refuses a tier below the rule, naming the field', () => {
    const result = validatePolicy(
      withAgentRefund((r) => ({
        ...r,
        certified: { certification: 'refunds_ii', perIncidentMinor: 50_00, perDayMinor: 100_00 },
      })),
    );
    expect(result.ok).toBe(false);
    expect(result.issues.map((i) => i.field)).toEqual(
      expect.arrayContaining(['certified.perIncidentMinor', 'certified.perDayMinor']),
    );
    // A limit the rule has and the tier leaves out means "no limit": higher, so allowed.
    expect(result.issues.map((i) => i.field)).not.toContain('certified.perCustomerMinor');
    expect(result.issues[0]!.message).toContain('"refunds_ii"');
  });

  it('refuses a tier keyed on the certification the rule already requires', () => {
    const result = validatePolicy(
      withAgentRefund((r) => ({
        ...r,
        requiredCertification: 'refunds_ii',
        certified: { ...r.certified!, certification: 'refunds_ii' },
      })),
    );
    expect(result.issues.map((i) => i.field)).toContain('certified.certification');
  });

  it('refuses a badly shaped tier through the schema, with its path', () => {
    const result = validatePolicy(
      withAgentRefund((r) => ({
        ...r,
        certified: { certification: 'Refunds II', perIncidentMinor: -1 } as never,
      })),
    );
    expect(result.ok).toBe(false);
    expect(result.issues.map((i) => i.path)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/certified\.certification$/),
        expect.stringMatching(/certified\.perIncidentMinor$/),
      ]),
    );
  });
});

describe('the demo policy', () => {
  const valid = validatePolicy(demoPolicy);
  if (!valid.ok) throw new Error(JSON.stringify(valid.issues));
  const cp = compilePolicy({ ...valid.policy, version: 1 });
  const agent = (certifications: string[]) => ({
    person: { id: 'p1', levelKey: 'agent', certifications },
    customer: { lifetimeValueMinor: 0, segment: 'regular', flags: [], linkedPersonId: null },
    type: 'refund',
    amountMinor: 200_00,
    currency: 'USD',
    orderAgeDays: null,
    at: Date.parse('2026-11-20T12:00:00Z'),
  });

  it('lets an agent with Refunds II refund $200 alone, and tells one without it how to', () => {
    const held = decide(cp, agent(['refunds_ii']), noUsage);
    expect(held.outcome).toBe('within_authority');
    expect(held.reasons[0]).toContain('with your Refunds II certification');
    const lacking = decide(cp, agent([]), noUsage);
    expect(lacking.outcome).toBe('needs_approval');
    expect(lacking.reasons).toContain('Pass Refunds II to decide refund up to $250 on your own.');
  });

  it('says when a lapsed certificate ran out', () => {
    const request = agent([]);
    const lapsed = decide(
      cp,
      {
        ...request,
        person: {
          ...request.person,
          lapsedCertifications: [
            { key: 'refunds_ii', expiredAt: Date.parse('2026-11-03T00:00:00Z') },
          ],
        },
      },
      noUsage,
    );
    expect(lapsed.reasons.join(' ')).toContain('Refunds II certification expired on 3 Nov 2026');
    expect(lapsed.reasonsForApprover.join(' ')).toContain("The rep's Refunds II certification");
  });

  it('names certificates as a rep reads them', () => {
    expect(certificationName('refunds_ii')).toBe('Refunds II');
    expect(certificationName('goodwill_basics')).toBe('Goodwill Basics');
  });
});
