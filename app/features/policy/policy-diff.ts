import type {
  CertifiedTier,
  Condition,
  LimitRule,
  Override,
  PolicyDocument,
  ResolutionType,
  ValueScaling,
} from '../../../domain/authority/policy.ts';
import { formatMoney } from '../../../domain/money.ts';
import { overridePeriod } from './dates.ts';
import { basisPointsToPercent, moneyOrNoLimit } from './money-input.ts';
import { isOpen } from './policy-edit.ts';

export type ChangeArea = 'limits' | 'contact' | 'types' | 'conditions' | 'overrides' | 'settings';

/** One line of "what this draft changes", placed so the grid can mark the cell it is about. */
export type Change = { area: ChangeArea; text: string; level?: string; type?: string };

type Names = { level: (key: string) => string; type: (key: string) => string };

const quote = (s: string) => `“${s}”`;

function names(before: PolicyDocument, after: PolicyDocument): Names {
  const levels = new Map([...before.levels, ...after.levels].map((l) => [l.key, l.name]));
  const types = new Map(
    [...before.resolutionTypes, ...after.resolutionTypes].map((t) => [t.key, t.label]),
  );
  return { level: (k) => levels.get(k) ?? k, type: (k) => types.get(k) ?? k };
}

export function describeScaling(scaling: ValueScaling | undefined, currency: string): string {
  if (!scaling) return 'none';
  const parts = [`${basisPointsToPercent(scaling.lifetimeValueBasisPoints)} of lifetime value`];
  for (const [segment, bonus] of Object.entries(scaling.segmentBonusMinor))
    parts.push(`+${formatMoney(bonus, currency)} for ${segment}`);
  return `${parts.join(', ')}, up to ${formatMoney(scaling.maxMinor, currency)}`;
}

/** A certified tier in one line: "with refunds_ii $250 per incident, $500 per customer, …" or "none". */
export function describeTier(tier: CertifiedTier | undefined, currency: string): string {
  if (!tier) return 'none';
  const parts = [
    `${formatMoney(tier.perIncidentMinor, currency)} per incident`,
    `${moneyOrNoLimit(tier.perCustomerMinor, currency)} per customer`,
    `${moneyOrNoLimit(tier.perDayMinor, currency)} per day`,
    `${moneyOrNoLimit(tier.perMonthMinor, currency)} per month`,
  ];
  if (tier.valueScaling) parts.push(`scaled ${describeScaling(tier.valueScaling, currency)}`);
  return `with ${tier.certification} ${parts.join(', ')}`;
}

/** The headline of an open cell: "$50 per incident" (the figure everyone quotes). */
function headline(rule: LimitRule, currency: string): string {
  return `${formatMoney(rule.perIncidentMinor, currency)} per incident`;
}

function ruleChanges(
  before: LimitRule | undefined,
  after: LimitRule | undefined,
  prefix: string,
  window: number,
  currency: string,
): string[] {
  const wasOpen = isOpen(before);
  const nowOpen = isOpen(after);
  if (!wasOpen && !nowOpen) return [];
  if (!wasOpen && nowOpen) return [`${prefix}: barred → ${headline(after, currency)}`];
  if (wasOpen && !nowOpen) return [`${prefix}: ${headline(before, currency)} → barred`];
  const b = before as LimitRule;
  const a = after as LimitRule;
  const out: string[] = [];
  const money = (
    field: 'perIncidentMinor' | 'perCustomerMinor' | 'perDayMinor' | 'perMonthMinor',
    words: string,
  ) => {
    if (b[field] !== a[field])
      out.push(
        `${prefix}: ${words} ${moneyOrNoLimit(b[field], currency)} → ${moneyOrNoLimit(a[field], currency)}`,
      );
  };
  money('perIncidentMinor', 'per incident');
  money('perCustomerMinor', `per customer (${window} days)`);
  money('perDayMinor', 'per day');
  money('perMonthMinor', 'per month');
  const scalingBefore = describeScaling(b.valueScaling, currency);
  const scalingAfter = describeScaling(a.valueScaling, currency);
  if (scalingBefore !== scalingAfter)
    out.push(`${prefix}: value scaling ${scalingBefore} → ${scalingAfter}`);
  const tierBefore = describeTier(b.certified, currency);
  const tierAfter = describeTier(a.certified, currency);
  if (tierBefore !== tierAfter) out.push(`${prefix}: certified tier ${tierBefore} → ${tierAfter}`);
  if (b.requiredCertification !== a.requiredCertification) {
    out.push(
      `${prefix}: required certification ${b.requiredCertification ?? 'none'} → ${a.requiredCertification ?? 'none'}`,
    );
  }
  return out;
}

function describeCost(t: ResolutionType, currency: string): string {
  return t.cost.kind === 'fixed'
    ? `fixed ${formatMoney(t.cost.amountMinor, currency)}`
    : 'amount chosen by the rep';
}

function typeChanges(b: ResolutionType, a: ResolutionType, currency: string): string[] {
  const out: string[] = [];
  const name = a.label;
  if (b.label !== a.label)
    out.push(`Resolution type ${quote(b.label)} renamed to ${quote(a.label)}`);
  if (b.guidelines !== a.guidelines) out.push(`${name}: guidelines changed`);
  if (b.reasonRequired !== a.reasonRequired)
    out.push(
      `${name}: reason ${b.reasonRequired ? 'required' : 'optional'} → ${a.reasonRequired ? 'required' : 'optional'}`,
    );
  if (describeCost(b, currency) !== describeCost(a, currency))
    out.push(`${name}: cost ${describeCost(b, currency)} → ${describeCost(a, currency)}`);
  if (b.customerWindowDays !== a.customerWindowDays)
    out.push(`${name}: customer window ${b.customerWindowDays} → ${a.customerWindowDays} days`);
  return out;
}

export function describeCheck(check: Condition['check']): string {
  return check.kind === 'max_order_age_days'
    ? `the order is at most ${check.days} days old`
    : `the customer is not flagged ${check.flag}`;
}

export function describeWhenFails(whenFails: Condition['whenFails'], n: Names): string {
  return whenFails.outcome === 'not_allowed'
    ? 'nobody may grant it'
    : `${n.level(whenFails.level)} or above decides`;
}

function describeTypes(types: string[], n: Names): string {
  return types.length === 0 ? 'every type' : types.map(n.type).join(', ');
}

function conditionChanges(b: Condition, a: Condition, n: Names): string[] {
  const out: string[] = [];
  const prefix = `Condition ${quote(a.description)}`;
  if (b.description !== a.description)
    out.push(`Condition ${quote(b.description)} reworded to ${quote(a.description)}`);
  if (describeTypes(b.types, n) !== describeTypes(a.types, n))
    out.push(`${prefix}: applies to ${describeTypes(b.types, n)} → ${describeTypes(a.types, n)}`);
  if (describeCheck(b.check) !== describeCheck(a.check))
    out.push(`${prefix}: passes when ${describeCheck(b.check)} → ${describeCheck(a.check)}`);
  if (describeWhenFails(b.whenFails, n) !== describeWhenFails(a.whenFails, n))
    out.push(
      `${prefix}: when it fails, ${describeWhenFails(b.whenFails, n)} → ${describeWhenFails(a.whenFails, n)}`,
    );
  return out;
}

export function describeOverrideLimits(o: Override, currency: string): string {
  const parts: string[] = [];
  if (o.perIncidentMinor !== undefined)
    parts.push(`${formatMoney(o.perIncidentMinor, currency)} per incident`);
  if (o.perCustomerMinor !== undefined)
    parts.push(`${formatMoney(o.perCustomerMinor, currency)} per customer`);
  if (o.perDayMinor !== undefined) parts.push(`${formatMoney(o.perDayMinor, currency)} per day`);
  if (o.perMonthMinor !== undefined)
    parts.push(`${formatMoney(o.perMonthMinor, currency)} per month`);
  return parts.join(', ') || 'no limit changed';
}

function describeOverride(o: Override, n: Names, currency: string, timeZone: string): string {
  return `${o.personName || o.personId} on ${n.type(o.type)}: ${describeOverrideLimits(o, currency)}, ${overridePeriod(o, timeZone)}`;
}

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

type Diff = { before: PolicyDocument; after: PolicyDocument; n: Names; currency: string };

function settingsChanges({ before, after }: Diff): Change[] {
  const changes: Change[] = [];
  if (before.currency !== after.currency)
    changes.push({ area: 'settings', text: `Currency ${before.currency} → ${after.currency}` });
  if (before.levelsNest !== after.levelsNest) {
    changes.push({
      area: 'settings',
      text: after.levelsNest
        ? 'Levels must nest again (each at least the one beneath)'
        : 'Levels no longer have to nest',
    });
  }
  return changes;
}

// A removed type is one line below, not one "→ barred" per level; a new type's open cells are listed.
function limitChanges({ before, after, n, currency }: Diff): Change[] {
  const windowOf = (key: string) =>
    (
      after.resolutionTypes.find((t) => t.key === key) ??
      before.resolutionTypes.find((t) => t.key === key)
    )?.customerWindowDays ?? 30;
  const rule = (doc: PolicyDocument, level: string, type: string) =>
    doc.rules.find((r) => r.level === level && r.type === type);
  const changes: Change[] = [];
  for (const { key: type } of after.resolutionTypes) {
    for (const { key: level } of after.levels) {
      const prefix = `${n.level(level)} × ${n.type(type)}`;
      for (const text of ruleChanges(
        rule(before, level, type),
        rule(after, level, type),
        prefix,
        windowOf(type),
        currency,
      ))
        changes.push({ area: 'limits', text, level, type });
    }
  }
  return changes;
}

function contactChanges({ before, after, n, currency }: Diff): Change[] {
  const changes: Change[] = [];
  for (const { key: level } of after.levels) {
    const b = before.contactLimits.find((c) => c.level === level)?.totalPerContactMinor;
    const a = after.contactLimits.find((c) => c.level === level)?.totalPerContactMinor;
    if (a !== b)
      changes.push({
        area: 'contact',
        level,
        text: `${n.level(level)}: total per contact ${moneyOrNoLimit(b, currency)} → ${moneyOrNoLimit(a, currency)}`,
      });
  }
  return changes;
}

// Published types keep their keys (the editor only lets a new type's key change), so keys match types across versions.
function typeListChanges({ before, after, currency }: Diff): Change[] {
  const changes: Change[] = [];
  const beforeTypes = new Map(before.resolutionTypes.map((t) => [t.key, t]));
  const afterTypes = new Map(after.resolutionTypes.map((t) => [t.key, t]));
  for (const t of after.resolutionTypes) {
    const b = beforeTypes.get(t.key);
    if (!b)
      changes.push({ area: 'types', type: t.key, text: `Added resolution type ${quote(t.label)}` });
    else
      for (const text of typeChanges(b, t, currency))
        changes.push({ area: 'types', type: t.key, text });
  }
  for (const t of before.resolutionTypes)
    if (!afterTypes.has(t.key))
      changes.push({
        area: 'types',
        type: t.key,
        text: `Removed resolution type ${quote(t.label)}`,
      });
  return changes;
}

function conditionListChanges({ before, after, n }: Diff): Change[] {
  const changes: Change[] = [];
  const beforeConditions = new Map(before.conditions.map((c) => [c.id, c]));
  const afterConditions = new Map(after.conditions.map((c) => [c.id, c]));
  for (const c of after.conditions) {
    const b = beforeConditions.get(c.id);
    if (!b) changes.push({ area: 'conditions', text: `Added condition ${quote(c.description)}` });
    else if (!sameJson(b, c))
      for (const text of conditionChanges(b, c, n)) changes.push({ area: 'conditions', text });
  }
  for (const c of before.conditions)
    if (!afterConditions.has(c.id))
      changes.push({ area: 'conditions', text: `Removed condition ${quote(c.description)}` });
  return changes;
}

function overrideListChanges({ before, after, n, currency }: Diff, timeZone: string): Change[] {
  const changes: Change[] = [];
  const describe = (o: Override) => describeOverride(o, n, currency, timeZone);
  const beforeOverrides = new Map(before.overrides.map((o) => [o.id, o]));
  const afterOverrides = new Map(after.overrides.map((o) => [o.id, o]));
  for (const o of after.overrides) {
    const b = beforeOverrides.get(o.id);
    if (!b)
      changes.push({ area: 'overrides', type: o.type, text: `Added override for ${describe(o)}` });
    else if (!sameJson(b, o)) {
      changes.push({
        area: 'overrides',
        type: o.type,
        text: `Changed override for ${describe(b)} → ${describeOverrideLimits(o, currency)}, ${overridePeriod(o, timeZone)}`,
      });
    }
  }
  for (const o of before.overrides)
    if (!afterOverrides.has(o.id))
      changes.push({
        area: 'overrides',
        type: o.type,
        text: `Removed override for ${describe(o)}`,
      });
  return changes;
}

/**
 * What publishing `after` would change from `before`, in the words an admin would use when telling
 * the team: "Agent × Refund: per incident $100 → $150". Ordered as the editor is: limits first.
 */
export function diffPolicies(
  before: PolicyDocument,
  after: PolicyDocument,
  timeZone: string,
): Change[] {
  const diff: Diff = { before, after, n: names(before, after), currency: after.currency };
  return [
    ...settingsChanges(diff),
    ...limitChanges(diff),
    ...contactChanges(diff),
    ...typeListChanges(diff),
    ...conditionListChanges(diff),
    ...overrideListChanges(diff, timeZone),
  ];
}
