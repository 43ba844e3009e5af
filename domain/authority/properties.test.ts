import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { createRandom } from '../random.ts';
import { compilePolicy } from './compile.ts';
import { decide, decideOutcome, levelCovers, type Outcome } from './decide.ts';
import { limitsFor } from './limits-for.ts';
import { generatePeople, generatePolicy, generateRequest } from './testing/generate.ts';
import { validatePolicy } from './validate.ts';

const severity: Record<Outcome, number> = {
  within_authority: 0,
  needs_approval: 1,
  not_allowed: 2,
};

/** A generated policy and request from one seed, so fast-check can search seeds and report the failing one. */
function scenario(seed: number, nesting: boolean) {
  const random = createRandom(seed);
  const levels = random.int(1, 8);
  const people = generatePeople(random, 12, levels);
  const policy = generatePolicy(random, {
    levels,
    types: random.int(1, 5),
    nesting,
    people,
    overrides: nesting ? 0 : random.int(0, 4),
    conditions: random.int(0, 3),
  });
  const cp = compilePolicy(policy);
  const { request, usage } = generateRequest(random, cp, people);
  return { random, policy, cp, request, usage };
}

const seeds = fc.integer({ min: 0, max: 2 ** 31 - 1 });
const runs = { numRuns: 3_000 };

describe('authority engine properties', () => {
  it('generated nesting policies pass validation (the generator makes what the properties assume)', () => {
    fc.assert(
      fc.property(seeds, (seed) => {
        const result = validatePolicy(scenario(seed, true).policy);
        expect(result.issues).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });

  it('a smaller amount is never worse off', () => {
    fc.assert(
      fc.property(
        seeds,
        fc.boolean(),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (seed, nesting, fraction) => {
          const { cp, request, usage } = scenario(seed, nesting);
          const smaller = { ...request, amountMinor: Math.floor(request.amountMinor * fraction) };
          const big = decide(cp, request, usage);
          const small = decide(cp, smaller, usage);
          expect(severity[small.outcome]).toBeLessThanOrEqual(severity[big.outcome]);
          if (nesting && big.outcome === 'needs_approval' && small.outcome === 'needs_approval') {
            expect(small.requiredLevel!.rank).toBeLessThanOrEqual(big.requiredLevel!.rank);
          }
        },
      ),
      runs,
    );
  });

  it('a higher level is never stricter than a lower one where levels nest', () => {
    fc.assert(
      fc.property(seeds, (seed) => {
        const { cp, request, usage, random } = scenario(seed, true);
        const lower = random.int(0, cp.levels.length - 1);
        const higher = random.int(lower, cp.levels.length - 1);
        const at = (li: number) =>
          decide(
            cp,
            { ...request, person: { ...request.person, levelKey: cp.levels[li]!.key } },
            usage,
          );
        expect(severity[at(higher).outcome]).toBeLessThanOrEqual(severity[at(lower).outcome]);
      }),
      runs,
    );
  });

  it('budgets never go negative', () => {
    fc.assert(
      fc.property(seeds, fc.boolean(), (seed, nesting) => {
        const { cp, request, usage } = scenario(seed, nesting);
        for (const limit of decide(cp, request, usage).limits)
          expect(limit.remainingMinor).toBeGreaterThanOrEqual(0);
        const allowances = limitsFor(
          cp,
          request.person,
          request.customer,
          { contactTotalMinor: usage.contactTotalMinor, byType: {} },
          request.at,
        );
        for (const a of allowances) expect(a.maxWithinAuthorityMinor).toBeGreaterThanOrEqual(0);
      }),
      runs,
    );
  });

  it('the required approver level always covers the request, and sits above the requester but at the top', () => {
    fc.assert(
      fc.property(seeds, fc.boolean(), (seed, nesting) => {
        const { cp, request, usage } = scenario(seed, nesting);
        const d = decide(cp, request, usage);
        if (d.outcome !== 'needs_approval') return;
        expect(levelCovers(cp, d.requiredLevel!.rank - 1, request, usage)).toBe(true);
        if (d.level && d.requiredLevel!.rank <= d.level.rank) {
          // Only when nobody above covers it may a peer decide.
          for (let li = d.level.rank; li < cp.levels.length; li++)
            expect(levelCovers(cp, li, request, usage)).toBe(false);
        }
      }),
      runs,
    );
  });

  it('within authority means no limit is exceeded, and every other outcome says why', () => {
    fc.assert(
      fc.property(seeds, fc.boolean(), (seed, nesting) => {
        const { cp, request, usage } = scenario(seed, nesting);
        const d = decide(cp, request, usage);
        if (d.outcome === 'within_authority') expect(d.limits.every((l) => !l.exceeded)).toBe(true);
        else expect(d.reasons.length).toBeGreaterThanOrEqual(1);
        expect(
          d.reasons.every((r) => r.length > 0 && !r.includes('undefined') && !r.includes('NaN')),
        ).toBe(true);
      }),
      runs,
    );
  });

  it('an approver reads every reason the rep reads, about the rep and never addressed to the reader', () => {
    fc.assert(
      fc.property(seeds, fc.boolean(), fc.boolean(), (seed, nesting, named) => {
        const { cp, request, usage } = scenario(seed, nesting);
        const d = decide(
          cp,
          named ? { ...request, person: { ...request.person, name: 'Bryan Cole' } } : request,
          usage,
        );
        expect(d.reasonsForApprover).toHaveLength(d.reasons.length);
        for (const reason of d.reasonsForApprover) expect(reason).not.toMatch(/\byou(r)?\b/i);
        // Where the rep is told about themselves, the approver is told about the rep by name.
        d.reasons.forEach((reason, i) => {
          if (/\byou(r)?\b/i.test(reason))
            expect(d.reasonsForApprover[i]!.toLowerCase()).toContain(
              named ? 'bryan cole' : 'the rep',
            );
        });
      }),
      runs,
    );
  });

  it('limitsFor agrees with decide: the allowance is granted, one minor unit more is not', () => {
    fc.assert(
      fc.property(seeds, fc.boolean(), (seed, nesting) => {
        const { cp, request, usage } = scenario(seed, nesting);
        const byType = { [request.type]: usage };
        const allowance = limitsFor(
          cp,
          request.person,
          request.customer,
          { contactTotalMinor: usage.contactTotalMinor, byType },
          request.at,
        ).find((a) => a.type === request.type);
        if (
          !allowance ||
          allowance.maxWithinAuthorityMinor === 0 ||
          !Number.isFinite(allowance.maxWithinAuthorityMinor)
        )
          return;
        const probe = { ...request, orderAgeDays: null, currency: cp.currency };
        expect(
          decide(cp, { ...probe, amountMinor: allowance.maxWithinAuthorityMinor }, usage).outcome,
        ).toBe('within_authority');
        expect(
          decide(cp, { ...probe, amountMinor: allowance.maxWithinAuthorityMinor + 1 }, usage)
            .outcome,
        ).not.toBe('within_authority');
      }),
      runs,
    );
  });

  it('the fast path for replays agrees with the full decision', () => {
    fc.assert(
      fc.property(seeds, fc.boolean(), (seed, nesting) => {
        const { cp, request, usage } = scenario(seed, nesting);
        const full = decide(cp, request, usage);
        const fast = decideOutcome(cp, request, usage);
        expect(fast.outcome).toBe(full.outcome);
        expect(fast.requiredLevelIndex).toBe(full.requiredLevel ? full.requiredLevel.rank - 1 : -1);
      }),
      runs,
    );
  });
});
