import type {
  AuthorityPolicy,
  CertifiedTier,
  Condition,
  LimitRule,
  Override,
  ResolutionType,
} from './policy.ts';

/** The policy rearranged for decisions: arrays indexed by level and type, nothing looked up by string twice. */
export type CompiledRule = {
  perIncident: number;
  perCustomer: number;
  perDay: number;
  perMonth: number;
  scalingBasisPoints: number;
  segmentBonus: Readonly<Record<string, number>> | null;
  scalingMax: number;
  certification: string | null;
  /** The figures for a person holding `certification`, compiled the same way; null when the rule has no certified tier. */
  certified: { certification: string; rule: CompiledRule } | null;
};

export type CompiledCondition = {
  condition: Condition;
  /** Rank a decider needs when the condition fails; Infinity when nobody may. */
  requiredRank: number;
};

export type LevelInfo = { key: string; name: string; rank: number };

/** An override with its window as epoch milliseconds, so deciding never parses a date. */
export type CompiledOverride = {
  override: Override;
  typeIndex: number;
  startsAt: number;
  expiresAt: number;
};

export type CompiledPolicy = {
  policy: AuthorityPolicy;
  version: number;
  currency: string;
  levels: LevelInfo[];
  types: ResolutionType[];
  levelIndex: ReadonlyMap<string, number>;
  typeIndex: ReadonlyMap<string, number>;
  /** rules[level * types.length + type]; null when the level is barred from the type. */
  rules: Array<CompiledRule | null>;
  /** Per level; Infinity when there is no per-contact total. */
  contactLimit: number[];
  conditionsByType: CompiledCondition[][];
  overridesByPerson: ReadonlyMap<string, CompiledOverride[]>;
};

const unlimited = Number.POSITIVE_INFINITY;

type Figures = Pick<
  LimitRule,
  'perIncidentMinor' | 'perCustomerMinor' | 'perDayMinor' | 'perMonthMinor' | 'valueScaling'
>;

/** A rule's figures as the engine reads them; a certified tier is compiled as a rule of its own. */
function compileRule(
  rule: Figures & Pick<LimitRule, 'requiredCertification'>,
  tier: CertifiedTier | undefined,
): CompiledRule {
  const figures: Figures = tier ?? rule;
  return {
    perIncident: figures.perIncidentMinor,
    perCustomer: figures.perCustomerMinor ?? unlimited,
    perDay: figures.perDayMinor ?? unlimited,
    perMonth: figures.perMonthMinor ?? unlimited,
    scalingBasisPoints: figures.valueScaling?.lifetimeValueBasisPoints ?? 0,
    segmentBonus:
      figures.valueScaling && Object.keys(figures.valueScaling.segmentBonusMinor).length > 0
        ? figures.valueScaling.segmentBonusMinor
        : null,
    scalingMax: figures.valueScaling
      ? Math.max(figures.valueScaling.maxMinor, figures.perIncidentMinor)
      : figures.perIncidentMinor,
    certification: rule.requiredCertification ?? null,
    certified: null,
  };
}

/** Assumes a policy that passed validatePolicy; unknown keys in it are ignored rather than thrown on. */
export function compilePolicy(policy: AuthorityPolicy): CompiledPolicy {
  const levels = policy.levels.map((l, i) => ({ key: l.key, name: l.name, rank: i + 1 }));
  const levelIndex = new Map(levels.map((l, i) => [l.key, i]));
  const typeIndex = new Map(policy.resolutionTypes.map((t, i) => [t.key, i]));
  const nTypes = policy.resolutionTypes.length;

  const rules: Array<CompiledRule | null> = new Array(levels.length * nTypes).fill(null);
  for (const rule of policy.rules) {
    const li = levelIndex.get(rule.level);
    const ti = typeIndex.get(rule.type);
    if (li === undefined || ti === undefined || rule.barred) continue;
    const compiled = compileRule(rule, undefined);
    if (rule.certified)
      compiled.certified = {
        certification: rule.certified.certification,
        rule: compileRule(rule, rule.certified),
      };
    rules[li * nTypes + ti] = compiled;
  }

  const contactLimit = levels.map(() => unlimited);
  for (const c of policy.contactLimits) {
    const li = levelIndex.get(c.level);
    if (li !== undefined) contactLimit[li] = c.totalPerContactMinor;
  }

  const conditionsByType: CompiledCondition[][] = policy.resolutionTypes.map(() => []);
  for (const condition of policy.conditions) {
    const requiredRank =
      condition.whenFails.outcome === 'not_allowed'
        ? unlimited
        : (levelIndex.get(condition.whenFails.level) ?? levels.length) + 1;
    const applies =
      condition.types.length === 0
        ? policy.resolutionTypes.map((_, i) => i)
        : condition.types.map((t) => typeIndex.get(t));
    for (const ti of applies)
      if (ti !== undefined) conditionsByType[ti]!.push({ condition, requiredRank });
  }

  const overridesByPerson = new Map<string, CompiledOverride[]>();
  for (const o of policy.overrides) {
    const ti = typeIndex.get(o.type);
    if (ti === undefined) continue;
    const list = overridesByPerson.get(o.personId) ?? [];
    list.push({
      override: o,
      typeIndex: ti,
      startsAt: Date.parse(o.startsAt),
      expiresAt: Date.parse(o.expiresAt),
    });
    overridesByPerson.set(o.personId, list);
  }

  return {
    policy,
    version: policy.version,
    currency: policy.currency,
    levels,
    types: policy.resolutionTypes,
    levelIndex,
    typeIndex,
    rules,
    contactLimit,
    conditionsByType,
    overridesByPerson,
  };
}
