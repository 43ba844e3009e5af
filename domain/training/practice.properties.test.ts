import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { compilePolicy } from '../authority/compile.ts';
import { decide, type Outcome } from '../authority/decide.ts';
import { generatePeople, generatePolicy, generateRequest } from '../authority/testing/generate.ts';
import { createRandom } from '../random.ts';
import { generateSituation, type SituationEdge } from './generate-situations.ts';
import { gradePractice } from './grade-practice.ts';
import type { PracticeSituation } from './practice-situation.ts';

/** A generated policy, a learner in it and a moment, all from one seed, so fast-check reports the seed. */
function world(seed: number, nesting: boolean) {
  const random = createRandom(seed);
  const levels = random.int(1, 6);
  const people = generatePeople(random, 6, levels);
  const policy = generatePolicy(random, {
    levels,
    types: random.int(1, 4),
    nesting,
    people,
    overrides: nesting ? 0 : random.int(0, 3),
    conditions: random.int(0, 3),
  });
  const cp = compilePolicy(policy);
  const learner = random.pick(people);
  const at = Date.parse('2026-01-01T00:00:00Z') + random.int(0, 400) * 86_400_000;
  return { random, cp, people, learner, at };
}

const seeds = fc.integer({ min: 0, max: 2 ** 31 - 1 });
const runs = { numRuns: 1_500 };
const decisionOf: Record<Outcome, string> = {
  within_authority: 'grant',
  needs_approval: 'ask_approval',
  not_allowed: 'not_allowed',
};

describe('practice situations and their grading', () => {
  it("the grader's expected answer is decide()'s for the same inputs, for any request turned into a situation", () => {
    fc.assert(
      fc.property(seeds, fc.boolean(), (seed, nesting) => {
        const { random, cp, people } = world(seed, nesting);
        const { request, usage } = generateRequest(random, cp, people);
        if (request.customer.linkedPersonId !== null || request.currency !== 'USD') return;
        const situation: PracticeSituation = {
          customer: {
            ...request.customer,
            currency: request.currency,
            flags: [...request.customer.flags],
          },
          orderAgeDays: request.orderAgeDays,
          prior: {
            customerWindowMinor: usage.customerWindowMinor,
            contactTotalMinor: usage.contactTotalMinor,
          },
          says: '',
          asks: { type: request.type, amountMinor: request.amountMinor },
          types: cp.types.map((t) => t.key),
        };
        const engine = decide(cp, request, { ...usage, personDayMinor: 0, personMonthMinor: 0 });
        const answer = {
          type: request.type,
          amountMinor: request.amountMinor,
          decision: random.pick(['grant', 'ask_approval', 'not_allowed'] as const),
        };
        const grade = gradePractice({
          policy: cp,
          learner: request.person,
          situation,
          answer,
          at: request.at,
        });
        expect(grade.expected.decision).toBe(decisionOf[engine.outcome]);
        expect(grade.expected.approverLevel).toBe(engine.requiredLevel?.name);
        expect(grade.correct).toBe(
          answer.decision === decisionOf[engine.outcome] && cp.typeIndex.has(request.type),
        );
        // The engine's reasons are the feedback, the verdict after them.
        expect(grade.reasons.slice(0, engine.reasons.length)).toEqual(engine.reasons);
      }),
      runs,
    );
  });

  it('a generated situation sits where its edge says: just under is granted, just over needs approval', () => {
    const seen = new Set<SituationEdge>();
    fc.assert(
      fc.property(seeds, fc.boolean(), seeds, (seed, nesting, situationSeed) => {
        const { cp, learner, at } = world(seed, nesting);
        const { situation, edge } = generateSituation({
          policy: cp,
          learner,
          seed: situationSeed,
          at,
        });
        seen.add(edge);
        const engine = decide(
          cp,
          {
            person: learner,
            customer: { ...situation.customer, linkedPersonId: null },
            type: situation.asks.type,
            amountMinor: situation.asks.amountMinor,
            currency: situation.customer.currency,
            orderAgeDays: situation.orderAgeDays,
            at,
          },
          {
            personDayMinor: 0,
            personMonthMinor: 0,
            customerWindowMinor: situation.prior?.customerWindowMinor ?? 0,
            contactTotalMinor: situation.prior?.contactTotalMinor ?? 0,
          },
        );
        if (edge === 'just_under' || edge === 'value_scaled')
          expect(engine.outcome).toBe('within_authority');
        if (edge === 'value_scaled')
          expect(engine.limits.find((l) => l.kind === 'per_incident')?.source).toBe('value_scaled');
        if (edge === 'just_over') {
          expect(engine.outcome).toBe('needs_approval');
          expect(engine.requiredLevel!.rank).toBeGreaterThan(engine.level!.rank);
        }
        if (edge === 'condition_bars' || edge === 'outside_level')
          expect(engine.outcome).not.toBe('within_authority');
        expect(situation.says.length).toBeGreaterThan(0);
        // Answering what the engine says is right; the other decisions are wrong.
        const right = decisionOf[engine.outcome] as 'grant' | 'ask_approval' | 'not_allowed';
        const grade = (decision: typeof right) =>
          gradePractice({
            policy: cp,
            learner,
            situation,
            answer: {
              type: situation.asks.type,
              amountMinor: situation.asks.amountMinor,
              decision,
            },
            at,
          }).correct;
        expect(grade(right)).toBe(true);
        expect(grade(right === 'grant' ? 'ask_approval' : 'grant')).toBe(false);
      }),
      runs,
    );
    // Every edge is reached on generated policies, so none of the checks above is vacuous.
    for (const edge of [
      'just_under',
      'just_over',
      'value_scaled',
      'condition_bars',
      'outside_level',
    ] as const)
      expect(seen).toContain(edge);
  });

  it('the same seed, policy and learner give the same situation', () => {
    fc.assert(
      fc.property(seeds, seeds, (seed, situationSeed) => {
        const { cp, learner, at } = world(seed, true);
        const once = generateSituation({ policy: cp, learner, seed: situationSeed, at });
        const again = generateSituation({ policy: cp, learner, seed: situationSeed, at });
        expect(again).toEqual(once);
      }),
      { numRuns: 300 },
    );
  });
});
