import type { Random } from '../../random.ts';
import type { CompiledPolicy } from '../compile.ts';
import type { AuthorityRequest, Usage } from '../decide.ts';
import type { AuthorityPolicy, CertifiedTier, Condition, LimitRule, Override } from '../policy.ts';

/**
 * Random but valid policies and requests, for the property tests, the Cedar differential test and the
 * benchmark. Amounts cluster around the limits, where mistakes hide.
 */
export type GenerateOptions = {
  levels: number;
  types: number;
  nesting: boolean;
  people: GeneratedPerson[];
  overrides: number;
  conditions: number;
  /** Give some rules a certified tier (off by default, so the seeds other tests pin keep their policies). */
  certifiedTiers?: boolean;
};
export type GeneratedPerson = { id: string; levelKey: string | null; certifications: string[] };

export const segments = ['new', 'regular', 'loyal', 'vip'] as const;
export const flags = ['abuse_suspected', 'chargeback_history'] as const;
export const certifications = ['refunds_101', 'goodwill_201'] as const;
const epoch = Date.parse('2026-01-01T00:00:00Z');
const DAY = 86_400_000;

/** A field that grows (or becomes unlimited, and stays so) from one level to the next when levels nest. */
function grow(
  random: Random,
  previous: number | undefined,
  nesting: boolean,
  scale: number,
): number | undefined {
  if (!nesting) return random.chance(0.2) ? undefined : random.int(0, scale);
  if (previous === undefined) return undefined;
  if (random.chance(0.05)) return undefined;
  return previous + (random.chance(0.3) ? 0 : random.int(1, scale / 4));
}

/** A tier at or above every figure of the rule's (as validation demands), sometimes lifting a limit. */
export function generateCertifiedTier(random: Random, rule: LimitRule): CertifiedTier {
  const raise = (own: number | undefined, scale: number) =>
    own === undefined || random.chance(0.1) ? undefined : own + random.int(0, scale);
  const others = certifications.filter((c) => c !== rule.requiredCertification);
  const perIncidentMinor = rule.perIncidentMinor + random.int(0, 10_000);
  const tier: CertifiedTier = {
    certification: random.pick(others),
    perIncidentMinor,
    perCustomerMinor: raise(rule.perCustomerMinor, 30_000),
    perDayMinor: raise(rule.perDayMinor, 50_000),
    perMonthMinor: raise(rule.perMonthMinor, 200_000),
  };
  const own = rule.valueScaling;
  if (own)
    tier.valueScaling = {
      lifetimeValueBasisPoints: own.lifetimeValueBasisPoints + random.int(0, 50),
      segmentBonusMinor: Object.fromEntries(
        Object.entries(own.segmentBonusMinor).map(([s, m]) => [s, m + random.int(0, 1_000)]),
      ),
      maxMinor: Math.max(own.maxMinor, perIncidentMinor) + random.int(0, 50_000),
    };
  return tier;
}

function rulesForType(
  random: Random,
  levels: string[],
  type: string,
  nesting: boolean,
  certifiedTiers: boolean,
): LimitRule[] {
  const rules: LimitRule[] = [];
  const firstOpen = random.int(0, Math.min(2, levels.length - 1));
  let previous: LimitRule | undefined;
  const scaling = random.chance(0.4);
  let certification: string | undefined = random.chance(0.25)
    ? random.pick(certifications)
    : undefined;
  levels.forEach((level, i) => {
    if (i < firstOpen || (!nesting && random.chance(0.1))) {
      if (random.chance(0.5)) rules.push({ level, type, barred: true, perIncidentMinor: 0 });
      return;
    }
    const perIncident =
      previous && nesting
        ? previous.perIncidentMinor + random.int(0, 5_000)
        : random.int(0, 20_000);
    const rule: LimitRule = {
      level,
      type,
      barred: false,
      perIncidentMinor: perIncident,
      perCustomerMinor:
        previous || !nesting
          ? grow(random, previous?.perCustomerMinor, nesting, 60_000)
          : random.chance(0.7)
            ? random.int(perIncident, perIncident + 40_000)
            : undefined,
      perDayMinor:
        previous || !nesting
          ? grow(random, previous?.perDayMinor, nesting, 100_000)
          : random.chance(0.8)
            ? random.int(perIncident, perIncident + 80_000)
            : undefined,
      perMonthMinor:
        previous || !nesting
          ? grow(random, previous?.perMonthMinor, nesting, 400_000)
          : random.chance(0.6)
            ? random.int(perIncident * 4, perIncident * 4 + 400_000)
            : undefined,
    };
    if (scaling) {
      const prev = previous?.valueScaling;
      const bp =
        nesting && prev ? prev.lifetimeValueBasisPoints + random.int(0, 50) : random.int(0, 200);
      const bonus =
        nesting && prev
          ? Object.fromEntries(
              Object.entries(prev.segmentBonusMinor).map(([segment, minor]) => [
                segment,
                minor + random.int(0, 2_000),
              ]),
            )
          : random.chance(0.5)
            ? { vip: random.int(0, 5_000), loyal: random.int(0, 1_000) }
            : {};
      const max =
        Math.max(perIncident, nesting && prev ? prev.maxMinor : 0) + random.int(0, 200_000);
      rule.valueScaling = { lifetimeValueBasisPoints: bp, segmentBonusMinor: bonus, maxMinor: max };
    }
    // Nesting allows dropping a certificate higher up, never adding one.
    if (!nesting) certification = random.chance(0.25) ? random.pick(certifications) : undefined;
    else if (previous && random.chance(0.3)) certification = undefined;
    if (certification) rule.requiredCertification = certification;
    if (certifiedTiers && random.chance(0.4)) rule.certified = generateCertifiedTier(random, rule);
    rules.push(rule);
    previous = rule;
  });
  return rules;
}

function generateConditions(
  random: Random,
  levels: string[],
  types: string[],
  count: number,
): Condition[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `condition_${i}`,
    description: `Generated condition ${i}`,
    types: random.chance(0.5) ? [] : [random.pick(types)],
    check: random.chance(0.5)
      ? { kind: 'max_order_age_days' as const, days: random.int(30, 120) }
      : { kind: 'customer_flag_absent' as const, flag: random.pick(flags) },
    whenFails: random.chance(0.2)
      ? { outcome: 'not_allowed' as const }
      : { outcome: 'needs_approval' as const, level: random.pick(levels) },
  }));
}

function generateOverrides(
  random: Random,
  types: string[],
  people: GeneratedPerson[],
  count: number,
): Override[] {
  const overrides: Override[] = [];
  for (let i = 0; i < count && people.length > 0; i++) {
    const person = random.pick(people);
    const type = random.pick(types);
    // Consecutive windows per person and type never overlap (validation refuses overlaps).
    const taken = overrides.filter((o) => o.personId === person.id && o.type === type).length;
    const start = epoch + taken * 40 * DAY + random.int(0, 5) * DAY;
    overrides.push({
      id: `override_${i}`,
      personId: person.id,
      personName: person.id,
      type,
      perIncidentMinor: random.chance(0.8) ? random.int(0, 50_000) : undefined,
      perDayMinor: random.chance(0.5) ? random.int(0, 100_000) : undefined,
      perCustomerMinor: random.chance(0.3) ? random.int(0, 100_000) : undefined,
      startsAt: new Date(start).toISOString(),
      expiresAt: new Date(start + random.int(1, 30) * DAY).toISOString(),
      note: '',
    });
    if (
      overrides.at(-1)!.perIncidentMinor === undefined &&
      overrides.at(-1)!.perDayMinor === undefined &&
      overrides.at(-1)!.perCustomerMinor === undefined
    ) {
      overrides.at(-1)!.perMonthMinor = random.int(0, 200_000);
    }
  }
  return overrides;
}

export function generatePolicy(random: Random, options: GenerateOptions): AuthorityPolicy {
  const levels = Array.from({ length: options.levels }, (_, i) => `level_${i}`);
  const types = Array.from({ length: options.types }, (_, i) => `type_${i}`);
  const contactLimits: AuthorityPolicy['contactLimits'] = [];
  let contact = random.int(5_000, 30_000);
  for (const level of levels) {
    if (random.chance(0.3)) break;
    contactLimits.push({ level, totalPerContactMinor: contact });
    contact += options.nesting ? random.int(0, 20_000) : random.int(-contact, 20_000);
  }
  return {
    version: random.int(1, 50),
    currency: 'USD',
    levelsNest: options.nesting,
    levels: levels.map((key, i) => ({ key, name: `Level ${i + 1}` })),
    resolutionTypes: types.map((key, i) => ({
      key,
      label: `Type ${i}`,
      guidelines: '',
      reasonRequired: false,
      cost: { kind: 'amount' as const },
      customerWindowDays: random.int(7, 90),
    })),
    rules: types.flatMap((type) =>
      rulesForType(random, levels, type, options.nesting, options.certifiedTiers ?? false),
    ),
    contactLimits,
    conditions: generateConditions(random, levels, types, options.conditions),
    overrides: generateOverrides(random, types, options.people, options.overrides),
  };
}

export function generatePeople(random: Random, count: number, levels: number): GeneratedPerson[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `person_${i}`,
    levelKey: random.chance(0.03) ? null : `level_${random.int(0, levels - 1)}`,
    certifications: certifications.filter(() => random.chance(0.6)),
  }));
}

/** An amount near one of the limits that could bind, or anywhere up to twice the largest. */
function interestingAmount(random: Random, cp: CompiledPolicy, ti: number, usage: Usage): number {
  const candidates: number[] = [0];
  for (let li = 0; li < cp.levels.length; li++) {
    const rule = cp.rules[li * cp.types.length + ti];
    if (!rule) continue;
    candidates.push(rule.perIncident, rule.scalingMax);
    if (Number.isFinite(rule.perDay)) candidates.push(rule.perDay - usage.personDayMinor);
    if (Number.isFinite(rule.perCustomer))
      candidates.push(rule.perCustomer - usage.customerWindowMinor);
  }
  const base = random.pick(candidates);
  const amount = random.chance(0.15)
    ? random.int(0, 2 * Math.max(...candidates.filter(Number.isFinite), 1))
    : base + random.int(-2, 2);
  return Math.max(0, amount);
}

export function generateRequest(
  random: Random,
  cp: CompiledPolicy,
  people: GeneratedPerson[],
): { request: AuthorityRequest; usage: Usage } {
  const person = random.pick(people);
  const ti = random.int(0, cp.types.length - 1);
  const usage: Usage = {
    personDayMinor: random.chance(0.4) ? 0 : random.int(0, 60_000),
    personMonthMinor: random.chance(0.3) ? 0 : random.int(0, 300_000),
    customerWindowMinor: random.chance(0.5) ? 0 : random.int(0, 40_000),
    contactTotalMinor: random.chance(0.6) ? 0 : random.int(0, 20_000),
  };
  const customerFlags = flags.filter(() => random.chance(0.05));
  const request: AuthorityRequest = {
    person,
    customer: {
      lifetimeValueMinor: random.chance(0.1) ? 0 : random.int(0, 5_000_000),
      segment: random.pick(segments),
      flags: customerFlags,
      linkedPersonId: random.chance(0.03) ? person.id : random.chance(0.02) ? 'someone_else' : null,
    },
    type: random.chance(0.005) ? 'unknown_type' : cp.types[ti]!.key,
    amountMinor: interestingAmount(random, cp, ti, usage),
    currency: random.chance(0.005) ? 'EUR' : 'USD',
    orderAgeDays: random.chance(0.4) ? null : random.int(0, 200),
    at: epoch + random.int(0, 400) * DAY + random.int(0, DAY - 1),
  };
  return { request, usage };
}
