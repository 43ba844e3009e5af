import * as cedar from '@cedar-policy/cedar-wasm/nodejs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { createRandom } from '../random.ts';
import { policyToCedar, requestToCedar } from './cedar.ts';
import { compilePolicy, type CompiledPolicy } from './compile.ts';
import { decide } from './decide.ts';
import type { AuthorityPolicy } from './policy.ts';
import { generatePeople, generatePolicy, generateRequest } from './testing/generate.ts';

const POLICIES = 40;
const REQUESTS_PER_POLICY = 2_500;

describe('export as Cedar', () => {
  it('produces a policy set that Cedar parses', () => {
    const random = createRandom(7);
    const people = generatePeople(random, 10, 6);
    const cp = compilePolicy(
      generatePolicy(random, {
        levels: 6,
        types: 4,
        nesting: true,
        people,
        overrides: 3,
        conditions: 3,
      }),
    );
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
      const policy = generatePolicy(random, {
        levels,
        types: p % 10 === 0 ? 12 : random.int(1, 8),
        nesting: p % 2 === 0,
        people,
        overrides: random.int(0, 12),
        conditions: random.int(0, 4),
      });
      const cp = compilePolicy(policy);
      const id = `differential-${p}`;
      const parsed = cedar.preparsePolicySet(id, { staticPolicies: policyToCedar(cp) });
      expect(parsed, `policy ${p} parses`).toEqual({ type: 'success' });
      for (let r = 0; r < REQUESTS_PER_POLICY; r++) {
        const { request, usage } = generateRequest(random, cp, people);
        const ours = decide(cp, request, usage).outcome === 'within_authority';
        const answer = cedar.statefulIsAuthorized({
          ...requestToCedar(request, usage),
          preparsedPolicySetId: id,
          entities: [],
        });
        if (answer.type !== 'success')
          throw new Error(`Cedar failed on policy ${p}: ${JSON.stringify(answer.errors)}`);
        if (answer.response.diagnostics.errors.length > 0)
          throw new Error(
            `Cedar evaluation error: ${JSON.stringify(answer.response.diagnostics.errors)}`,
          );
        const theirs = answer.response.decision === 'allow';
        compared++;
        if (ours) allowed++;
        if (ours !== theirs && disagreements.length < 5)
          disagreements.push(
            `policy ${p}, request ${r}: ours ${ours}, Cedar ${theirs}: ${JSON.stringify({ request, usage })}`,
          );
      }
    }
    expect(disagreements).toEqual([]);
    expect(compared).toBe(POLICIES * REQUESTS_PER_POLICY);
    // Both answers must be common, or agreement would prove little.
    expect(allowed / compared).toBeGreaterThan(0.15);
    expect(allowed / compared).toBeLessThan(0.85);
  }, 120_000);
});

/** One level that may refund up to $50, and a condition whose description is the attacker's text. */
function policyWithDescription(description: string): AuthorityPolicy {
  return {
    version: 1,
    currency: 'USD',
    levelsNest: true,
    levels: [{ key: 'agent', name: 'Agent' }],
    resolutionTypes: [
      {
        key: 'refund',
        label: 'Refund',
        guidelines: '',
        reasonRequired: false,
        cost: { kind: 'amount' },
        customerWindowDays: 30,
      },
    ],
    rules: [{ level: 'agent', type: 'refund', barred: false, perIncidentMinor: 5_000 }],
    contactLimits: [],
    conditions: [
      {
        id: 'old_orders',
        description,
        types: [],
        check: { kind: 'max_order_age_days', days: 90 },
        whenFails: { outcome: 'not_allowed' },
      },
    ],
    overrides: [],
  };
}

function cedarAllows(
  text: string,
  context: Record<string, unknown>,
  principal = 'person_0',
): boolean {
  const answer = cedar.isAuthorized({
    principal: { type: 'Leeway::Person', id: principal },
    action: { type: 'Leeway::Action', id: 'resolve' },
    resource: { type: 'Leeway::Customer', id: 'customer' },
    context: context as Record<string, string>,
    policies: { staticPolicies: text },
    entities: [],
  });
  if (answer.type !== 'success') throw new Error(`Cedar failed: ${JSON.stringify(answer.errors)}`);
  return answer.response.decision === 'allow';
}

const hugeRefund = {
  level: 'agent',
  type: 'refund',
  amount: 999_999_999,
  currency: 'USD',
  certifications: [],
  lifetimeValue: 0,
  segment: 'new',
  flags: [],
  linkedToPerson: false,
  hasOrder: true,
  orderAgeDays: 10,
  now: 0,
  personDayUsed: 0,
  personMonthUsed: 0,
  customerUsed: 0,
  contactUsed: 0,
};

// Cedar ends a comment at \n or \r; the rest are line ends to other readers (editors, diff tools, other Cedar parsers).
const lineBreaks = [
  '\r',
  '\n',
  '\r\n',
  '\u2028',
  '\u2029',
  '\u0085',
  '\v',
  '\f',
  '\u001c',
  '\u001d',
  '\u001e',
];

describe('export as Cedar, with hostile text', () => {
  it.each(lineBreaks.map((b) => [JSON.stringify(b), b]))(
    'a %s in a condition description cannot end its comment and add a permit',
    (_, lineBreak) => {
      const text = policyToCedar(
        compilePolicy(
          policyWithDescription(`Old orders${lineBreak}permit (principal, action, resource);`),
        ),
      );
      expect(cedar.checkParsePolicySet({ staticPolicies: text })).toEqual({ type: 'success' });
      expect(cedarAllows(text, hugeRefund)).toBe(false);
      // Within authority still means within authority.
      expect(cedarAllows(text, { ...hugeRefund, amount: 5_000 })).toBe(true);
    },
  );

  it('writes no control character, line or paragraph separator anywhere but the line ends it means', () => {
    const hostile =
      'a\u0000b\u0007c\u001bd\u007fe\u0085f\u009fg\u2028h\u2029i\u200ej\u202ek\u2066l\ufeffm\ud800n\udc00o';
    const text = policyToCedar(compilePolicy(policyWithDescription(hostile)));
    // Cc covers C0, DEL and C1; Cf the bidi controls and the BOM; Cs an unpaired surrogate.
    expect(text.replace(/\n/g, '')).not.toMatch(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]|\p{Cs}/u);
    expect(text).toContain(
      '// a\\u{0}b\\u{7}c\\u{1b}d\\u{7f}e f\\u{9f}g h i\\u{200e}j\\u{202e}k\\u{2066}l\\u{feff}m\\u{d800}n\\u{dc00}o\n',
    );
    expect(cedar.checkParsePolicySet({ staticPolicies: text })).toEqual({ type: 'success' });
  });
});

/** Text built to break out: line ends of every kind, quotes, escapes, Cedar tokens, controls, bidi overrides, any code point. */
const hostilePiece = fc.oneof(
  fc.constantFrom(
    '\r',
    '\n',
    '\r\n',
    '\u2028',
    '\u2029',
    '\u0085',
    '\v',
    '\f',
    '\u0000',
    '"',
    '\\',
    '\\"',
    '\\u{0}',
    "'",
    '*/',
    '//',
    ';',
    '}',
    '\u202e',
    '\u2066',
    '\ufeff',
  ),
  fc.constantFrom(
    'permit (principal, action, resource);',
    '\n@id("x")\npermit (principal, action, resource);\n',
    '" || true || "',
    '") permit (principal, action, resource); //',
  ),
  fc.integer({ min: 0, max: 0x9f }).map((n) => String.fromCharCode(n)),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 3 }),
);
const hostileText = (withLoneSurrogates: boolean) =>
  fc
    .array(
      withLoneSurrogates
        ? fc.oneof(
            hostilePiece,
            fc.integer({ min: 0xd800, max: 0xdfff }).map((n) => String.fromCharCode(n)),
          )
        : hostilePiece,
      { maxLength: 6 },
    )
    .map((parts) => parts.join(''));

/** The policy set as Cedar's own JSON, without comments or layout: equal means the same policies. */
function cedarJson(text: string): unknown[] {
  const parts = cedar.policySetTextToParts(text);
  if (parts.type !== 'success') throw new Error(`Cedar failed: ${JSON.stringify(parts.errors)}`);
  return parts.policies.map((policy) => {
    const json = cedar.policyToJson(policy);
    if (json.type !== 'success') throw new Error(`Cedar failed: ${JSON.stringify(json.errors)}`);
    return json.json;
  });
}

function smallPolicy(seed: number) {
  const random = createRandom(seed);
  const levels = random.int(1, 5);
  const people = generatePeople(random, 8, levels);
  const policy = generatePolicy(random, {
    levels,
    types: random.int(1, 3),
    nesting: random.chance(0.5),
    people,
    overrides: random.int(0, 4),
    conditions: random.int(1, 4),
  });
  return { random, people, policy };
}

/** Every string in a value (and every object key) that the map names, replaced; the rest untouched. */
function renamed<T>(value: T, names: ReadonlyMap<string, string>): T {
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return names.get(v) ?? v;
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === 'object')
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [names.get(k) ?? k, walk(x)]));
    return v;
  };
  return walk(value) as T;
}

describe('export as Cedar, with arbitrary text in every field', () => {
  it('text that is only shown (names, labels, guidelines, descriptions, notes) never changes a single policy', () => {
    const texts = fc.array(hostileText(true), { minLength: 60, maxLength: 60 });
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 - 1 }), texts, (seed, t) => {
        const { policy } = smallPolicy(seed);
        let i = 0;
        const next = () => t[i++ % t.length]!;
        const hostile: AuthorityPolicy = {
          ...policy,
          levels: policy.levels.map((l) => ({ ...l, name: next() })),
          resolutionTypes: policy.resolutionTypes.map((r) => ({
            ...r,
            label: next(),
            guidelines: next(),
          })),
          conditions: policy.conditions.map((c) => ({ ...c, description: next() })),
          overrides: policy.overrides.map((o) => ({ ...o, note: next(), personName: next() })),
        };
        const plain = policyToCedar(compilePolicy(policy));
        const attacked = policyToCedar(compilePolicy(hostile));
        expect(cedarJson(attacked)).toEqual(cedarJson(plain));
      }),
      { numRuns: 300 },
    );
  });

  it('names Cedar compares (people, levels, types, certifications, flags, segments, ids) keep the engine and Cedar in agreement', () => {
    const fixed = ['', 'USD', 'EUR', 'unknown_type', 'someone_else'];
    // An unpaired surrogate cannot reach Cedar (it becomes U+FFFD on the way), and the API refuses it in every field.
    const names = fc.uniqueArray(
      hostileText(false).filter((s) => !fixed.includes(s)),
      { minLength: 40, maxLength: 40 },
    );
    let compared = 0;
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 - 1 }), names, (seed, hostile) => {
        const { random, people, policy } = smallPolicy(seed);
        const originals = [
          ...policy.levels.map((l) => l.key),
          ...policy.resolutionTypes.map((r) => r.key),
          ...people.map((p) => p.id),
          ...policy.conditions.map((c) => c.id),
          ...policy.overrides.map((o) => o.id),
          'refunds_101',
          'goodwill_201',
          'abuse_suspected',
          'chargeback_history',
          'new',
          'regular',
          'loyal',
          'vip',
        ];
        const map = new Map(originals.map((o, i) => [o, hostile[i]!]));
        const cp: CompiledPolicy = compilePolicy(renamed(policy, map));
        const plainCp = compilePolicy(policy);
        const id = `hostile-${seed}`;
        expect(cedar.preparsePolicySet(id, { staticPolicies: policyToCedar(cp) })).toEqual({
          type: 'success',
        });
        for (let r = 0; r < 25; r++) {
          const { request, usage } = renamed(generateRequest(random, plainCp, people), map);
          const ours = decide(cp, request, usage).outcome === 'within_authority';
          const answer = cedar.statefulIsAuthorized({
            ...requestToCedar(request, usage),
            preparsedPolicySetId: id,
            entities: [],
          });
          if (answer.type !== 'success')
            throw new Error(`Cedar failed: ${JSON.stringify(answer.errors)}`);
          expect(answer.response.diagnostics.errors).toEqual([]);
          expect({ request, theirs: answer.response.decision === 'allow' }).toEqual({
            request,
            theirs: ours,
          });
          compared++;
        }
      }),
      { numRuns: 200 },
    );
    expect(compared).toBe(200 * 25);
  });
});

describe('export as Cedar, with certified tiers', () => {
  it("agrees with Cedar's allow on generated policies whose rules carry certified tiers", () => {
    let compared = 0;
    let allowedByTier = 0;
    const disagreements: string[] = [];
    for (let p = 0; p < 12; p++) {
      const random = createRandom(5_000 + p);
      const levels = random.int(1, 8);
      const people = generatePeople(random, 30, levels);
      const cp = compilePolicy(
        generatePolicy(random, {
          levels,
          types: random.int(1, 6),
          nesting: p % 2 === 0,
          people,
          overrides: random.int(0, 8),
          conditions: random.int(0, 3),
          certifiedTiers: true,
        }),
      );
      const id = `certified-${p}`;
      expect(cedar.preparsePolicySet(id, { staticPolicies: policyToCedar(cp) })).toEqual({
        type: 'success',
      });
      for (let r = 0; r < 1_000; r++) {
        const { request, usage } = generateRequest(random, cp, people);
        const decision = decide(cp, request, usage);
        const ours = decision.outcome === 'within_authority';
        const answer = cedar.statefulIsAuthorized({
          ...requestToCedar(request, usage),
          preparsedPolicySetId: id,
          entities: [],
        });
        if (answer.type !== 'success') throw new Error(JSON.stringify(answer.errors));
        const theirs = answer.response.decision === 'allow';
        compared++;
        if (ours && decision.reasons[0]?.includes(' certification at ')) allowedByTier++;
        if (ours !== theirs && disagreements.length < 5)
          disagreements.push(`policy ${p}, request ${r}: ours ${ours}, Cedar ${theirs}`);
      }
    }
    expect(disagreements).toEqual([]);
    expect(compared).toBe(12_000);
    // Some grants must come from a tier, or the comparison would not have exercised one.
    expect(allowedByTier).toBeGreaterThan(50);
  });
});
