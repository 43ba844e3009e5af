import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { createRandom } from '../random.ts';
import { authorityRaisesFor } from './authority-raises.ts';
import { compilePolicy } from './compile.ts';
import { decideOutcome } from './decide.ts';
import type { AuthorityPolicy } from './policy.ts';
import { generatePeople, generatePolicy, generateRequest } from './testing/generate.ts';

/** Two policies over the same levels and types: the second takes each rule, condition set and override list from either. */
function pair(seed: number) {
  const random = createRandom(seed);
  const levels = random.int(1, 6);
  const types = random.int(1, 4);
  const people = generatePeople(random, 6, levels);
  const options = {
    levels,
    types,
    nesting: false,
    people,
    overrides: random.int(0, 3),
    conditions: random.int(0, 3),
  };
  const before = generatePolicy(random, options);
  const other = generatePolicy(random, options);
  const after: AuthorityPolicy = {
    ...before,
    rules: before.rules.map((rule) =>
      random.chance(0.2)
        ? (other.rules.find((r) => r.level === rule.level && r.type === rule.type) ?? rule)
        : rule,
    ),
    contactLimits: random.chance(0.2) ? other.contactLimits : before.contactLimits,
    conditions: random.chance(0.3) ? other.conditions : before.conditions,
    overrides: random.chance(0.3) ? other.overrides : before.overrides,
    resolutionTypes: before.resolutionTypes.map((t, i) =>
      random.chance(0.1)
        ? { ...t, customerWindowDays: other.resolutionTypes[i]!.customerWindowDays }
        : t,
    ),
  };
  return { random, before, after, people };
}

describe("authority raises (four eyes on a publisher's own authority)", () => {
  it("finds nothing between a policy and itself, and finds a raised limit at the person's level", () => {
    const { before, people } = pair(7);
    const person = people.find((p) => p.levelKey !== null)!;
    expect(authorityRaisesFor(before, before, person)).toEqual([]);
    const raised = {
      ...before,
      rules: before.rules.map((r) =>
        r.level === person.levelKey
          ? { ...r, barred: false, perIncidentMinor: r.perIncidentMinor + 1 }
          : r,
      ),
    };
    expect(authorityRaisesFor(before, raised, person).length).toBeGreaterThan(0);
    const override = {
      id: 'mine',
      personId: person.id,
      personName: '',
      type: before.resolutionTypes[0]!.key,
      perIncidentMinor: 5_000_000,
      startsAt: '2026-01-01T00:00:00Z',
      expiresAt: '2027-01-01T00:00:00Z',
      note: '',
    };
    expect(
      authorityRaisesFor(before, { ...before, overrides: [...before.overrides, override] }, person),
    ).toEqual([`personal override mine (${override.type})`]);
  });

  it('when it finds no raise, nothing the person may decide alone under the new policy was refused to them by the old', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 - 1 }), (seed) => {
        const { random, before, after, people } = pair(seed);
        const [cpBefore, cpAfter] = [compilePolicy(before), compilePolicy(after)];
        for (const person of people) {
          if (authorityRaisesFor(before, after, person).length > 0) continue;
          for (let i = 0; i < 40; i++) {
            const { request, usage } = generateRequest(random, cpAfter, [person]);
            if (decideOutcome(cpAfter, request, usage).outcome !== 'within_authority') continue;
            expect(
              decideOutcome(cpBefore, request, usage).outcome,
              JSON.stringify({ seed, person, request, usage }),
            ).toBe('within_authority');
          }
        }
      }),
      { numRuns: 500 },
    );
  });
});
