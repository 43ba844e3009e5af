import type { CompiledPolicy } from '../authority/compile.ts';
import { levelCovers, type AuthorityRequest, type Decision } from '../authority/decide.ts';
import { createRandom, type Random } from '../random.ts';
import { customerSays } from './customer-wording.ts';
import { decidePractice, practiceRequest } from './grade-practice.ts';
import type { PracticeSituation } from './practice-situation.ts';

/**
 * Which edge of the learner's own authority a situation sits on: just inside or just outside their
 * limit, inside only because the customer's value raises it, barred by a condition (an old order, a
 * flag), or a type their level cannot grant at all.
 */
export type SituationEdge =
  | 'just_under'
  | 'just_over'
  | 'value_scaled'
  | 'condition_bars'
  | 'outside_level'
  /** A fixed-cost type: no amount to push to an edge, the engine's outcome is the lesson. */
  | 'fixed_cost';

export type GeneratedSituation = { situation: PracticeSituation; edge: SituationEdge };

export type GenerateSituationOptions = {
  policy: CompiledPolicy;
  learner: AuthorityRequest['person'];
  /** The same seed, policy and learner always give the same situation. */
  seed: number;
  /** Only this resolution type, when given and in the policy. */
  type?: string | undefined;
  /** When the learner practises, epoch milliseconds (personal overrides have windows). */
  at: number;
};

const defaultSegments = ['new', 'regular', 'loyal', 'vip'];

/** The most the learner may grant alone for this case: the smallest remaining limit, as limitsFor reads it. */
function allowance(decision: Decision): number | null {
  if (decision.outcome !== 'within_authority' || decision.limits.length === 0) return null;
  return Math.min(...decision.limits.map((l) => l.remainingMinor));
}

/** A situation at an edge of the learner's limits for one type, drawn from a seeded random source. */
export function generateSituation(options: GenerateSituationOptions): GeneratedSituation {
  const { policy: cp, learner, at } = options;
  const random = createRandom(options.seed);
  const typeKeys = cp.types.map((t) => t.key);
  const askedKey =
    options.type !== undefined && cp.typeIndex.has(options.type)
      ? options.type
      : random.pick(typeKeys);
  const ti = cp.typeIndex.get(askedKey)!;
  const type = cp.types[ti]!;
  const li = learner.levelKey === null ? undefined : cp.levelIndex.get(learner.levelKey);
  const conditions = cp.conditionsByType[ti]!;
  const rule = li === undefined ? null : (cp.rules[li * cp.types.length + ti] ?? null);

  // An order younger than every age condition of the type, so only a chosen edge bars the case.
  const maxAges = conditions.flatMap((c) =>
    c.condition.check.kind === 'max_order_age_days' ? [c.condition.check.days] : [],
  );
  const youngest = Math.min(30, ...maxAges);
  const base: PracticeSituation = {
    customer: {
      segment: random.pick(segmentsOf(cp)),
      lifetimeValueMinor: random.chance(0.2) ? 0 : random.int(1_000, 300_000),
      currency: cp.currency,
      flags: [],
    },
    orderAgeDays: random.chance(0.3) ? null : random.int(0, youngest),
    prior: random.chance(0.25)
      ? { customerWindowMinor: random.int(0, 5_000), contactTotalMinor: 0 }
      : null,
    says: '',
    asks: { type: askedKey, amountMinor: 0 },
    types: typeKeys,
  };
  const probe = (s: PracticeSituation, amountMinor = 0) =>
    decidePractice(cp, s, learner, { type: askedKey, amountMinor }, at);
  const max = allowance(probe(base));
  const fixed = type.cost.kind === 'fixed' ? type.cost.amountMinor : null;

  const attempts: Array<() => GeneratedSituation | null> = [];
  if (max !== null && fixed === null) {
    attempts.push(() => justUnder(random, base, max));
    attempts.push(() => justOver(random, cp, li, base, learner, max, at));
    if (rule !== null && (rule.scalingBasisPoints > 0 || rule.segmentBonus !== null))
      attempts.push(() => valueScaled(random, base, rule.perIncident, probe));
  }
  if (li !== undefined) {
    const barring = conditions.filter((c) => c.requiredRank > li + 1);
    if (barring.length > 0) attempts.push(() => conditionBars(random, base, barring, max, fixed));
  }
  // Edges in a random order; the first that this policy allows the learner wins.
  for (const attempt of shuffled(random, attempts)) {
    const made = attempt();
    if (made !== null) return worded(random, type, made);
  }
  return worded(random, type, outsideLevel(random, cp, ti, base, fixed, max));
}

function segmentsOf(cp: CompiledPolicy): string[] {
  const named = new Set<string>(defaultSegments);
  for (const rule of cp.rules)
    for (const segment of Object.keys(rule?.segmentBonus ?? {})) named.add(segment);
  return [...named].sort();
}

function step(max: number): number {
  return Math.max(1, Math.round(max * 0.05));
}

function justUnder(
  random: Random,
  base: PracticeSituation,
  max: number,
): GeneratedSituation | null {
  if (max < 100) return null;
  const amountMinor = max - random.int(0, Math.min(step(max), max));
  return { edge: 'just_under', situation: { ...base, asks: { ...base.asks, amountMinor } } };
}

/** Just past the learner's allowance, where a level above theirs still covers it (so: ask for approval). */
function justOver(
  random: Random,
  cp: CompiledPolicy,
  li: number | undefined,
  base: PracticeSituation,
  learner: AuthorityRequest['person'],
  max: number,
  at: number,
): GeneratedSituation | null {
  if (li === undefined) return null;
  const usage = {
    personDayMinor: 0,
    personMonthMinor: 0,
    customerWindowMinor: base.prior?.customerWindowMinor ?? 0,
    contactTotalMinor: base.prior?.contactTotalMinor ?? 0,
  };
  for (let over = random.int(1, step(max)); over >= 1; over = Math.floor(over / 2)) {
    const amountMinor = max + over;
    const request = practiceRequest(base, learner, { type: base.asks.type, amountMinor }, at);
    for (let lj = li + 1; lj < cp.levels.length; lj++)
      if (levelCovers(cp, lj, request, usage))
        return { edge: 'just_over', situation: { ...base, asks: { ...base.asks, amountMinor } } };
  }
  return null;
}

/** A customer whose value lifts the limit, asking for more than the level's base but within the lifted one. */
function valueScaled(
  random: Random,
  base: PracticeSituation,
  basePerIncident: number,
  probe: (s: PracticeSituation) => Decision,
): GeneratedSituation | null {
  const valued: PracticeSituation = {
    ...base,
    customer: {
      ...base.customer,
      lifetimeValueMinor: random.int(500_000, 5_000_000),
      segment: random.chance(0.5) ? 'vip' : base.customer.segment,
    },
  };
  const decision = probe(valued);
  const max = allowance(decision);
  // A personal override's per-incident figure replaces the scaled one, so value lifts nothing then.
  const incident = decision.limits.find((l) => l.kind === 'per_incident');
  if (max === null || max <= basePerIncident || incident?.source !== 'value_scaled') return null;
  const amountMinor = random.int(basePerIncident + 1, max);
  return { edge: 'value_scaled', situation: { ...valued, asks: { ...valued.asks, amountMinor } } };
}

/** A small ask the learner's limits would cover, but a condition of the type fails for this customer. */
function conditionBars(
  random: Random,
  base: PracticeSituation,
  barring: CompiledPolicy['conditionsByType'][number],
  max: number | null,
  fixed: number | null,
): GeneratedSituation {
  const { check } = random.pick(barring).condition;
  const amountMinor = fixed ?? Math.floor((max ?? random.int(1_000, 10_000)) / 2);
  const situation: PracticeSituation =
    check.kind === 'max_order_age_days'
      ? { ...base, orderAgeDays: check.days + random.int(1, 60) }
      : { ...base, customer: { ...base.customer, flags: [check.flag] } };
  return {
    edge: 'condition_bars',
    situation: { ...situation, asks: { ...base.asks, amountMinor } },
  };
}

/** A type the learner cannot grant at all (no rule, barred, no level): an ask in a range some level allows. */
function outsideLevel(
  random: Random,
  cp: CompiledPolicy,
  ti: number,
  base: PracticeSituation,
  fixed: number | null,
  max: number | null,
): GeneratedSituation {
  if (fixed !== null)
    return {
      edge: 'fixed_cost',
      situation: { ...base, asks: { ...base.asks, amountMinor: fixed } },
    };
  if (max !== null) {
    // Within authority but too small for an edge of its own (an allowance under one major unit).
    const amountMinor = Math.max(0, max - random.int(0, step(max)));
    return { edge: 'just_under', situation: { ...base, asks: { ...base.asks, amountMinor } } };
  }
  const limits = cp.levels.flatMap((_, lj) => {
    const rule = cp.rules[lj * cp.types.length + ti];
    return rule ? [rule.perIncident] : [];
  });
  const top = limits.length > 0 ? Math.max(...limits) : 10_000;
  const amountMinor = random.int(Math.min(100, top), Math.max(100, top));
  return { edge: 'outside_level', situation: { ...base, asks: { ...base.asks, amountMinor } } };
}

function worded(
  random: Random,
  type: { key: string; label: string },
  made: GeneratedSituation,
): GeneratedSituation {
  const { situation } = made;
  const says = customerSays(
    type,
    situation.asks.amountMinor,
    situation.customer.currency,
    situation.orderAgeDays,
    (items) => random.pick(items),
  );
  return { ...made, situation: { ...situation, says } };
}

function shuffled<T>(random: Random, items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = random.int(0, i);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
