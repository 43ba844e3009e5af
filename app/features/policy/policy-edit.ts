import type {
  Condition,
  LimitRule,
  Override,
  PolicyDocument,
  ResolutionType,
} from '../../../domain/authority/policy.ts';

/**
 * Pure edits of a policy document. Each returns a new document and leaves the old one alone, so the
 * editor can compare, undo by discarding, and hand React a new reference.
 */

export const cellKey = (level: string, type: string) => `${level}/${type}`;

export function ruleFor(doc: PolicyDocument, level: string, type: string): LimitRule | undefined {
  return doc.rules.find((r) => r.level === level && r.type === type);
}

/** A pair with no rule is barred: that is what the engine does with it, so the editor starts there too. */
export function isOpen(rule: LimitRule | undefined): rule is LimitRule {
  return rule !== undefined && !rule.barred;
}

/** Drops keys whose value is undefined, so "no limit" is an absent field as the schema means it. */
export function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

export function setRule(
  doc: PolicyDocument,
  level: string,
  type: string,
  update: (rule: LimitRule) => LimitRule,
): PolicyDocument {
  const index = doc.rules.findIndex((r) => r.level === level && r.type === type);
  const current: LimitRule =
    index >= 0 ? doc.rules[index]! : { level, type, barred: true, perIncidentMinor: 0 };
  const next = compact(update(current));
  const rules =
    index >= 0 ? doc.rules.map((r, i) => (i === index ? next : r)) : [...doc.rules, next];
  return { ...doc, rules };
}

export function contactLimitFor(doc: PolicyDocument, level: string): number | undefined {
  return doc.contactLimits.find((c) => c.level === level)?.totalPerContactMinor;
}

export function setContactLimit(
  doc: PolicyDocument,
  level: string,
  totalPerContactMinor: number | undefined,
): PolicyDocument {
  const others = doc.contactLimits.filter((c) => c.level !== level);
  if (totalPerContactMinor === undefined) return { ...doc, contactLimits: others };
  const exists = doc.contactLimits.some((c) => c.level === level);
  const contactLimits = exists
    ? doc.contactLimits.map((c) => (c.level === level ? { level, totalPerContactMinor } : c))
    : [...doc.contactLimits, { level, totalPerContactMinor }];
  // Kept in level order so the stored document reads like the grid.
  const rank = new Map(doc.levels.map((l, i) => [l.key, i]));
  contactLimits.sort((a, b) => (rank.get(a.level) ?? 0) - (rank.get(b.level) ?? 0));
  return { ...doc, contactLimits };
}

/** Adds a type (originalKey null) or replaces one; renaming a key carries its rules, conditions and overrides along. */
export function upsertType(
  doc: PolicyDocument,
  originalKey: string | null,
  type: ResolutionType,
): PolicyDocument {
  if (originalKey === null) return { ...doc, resolutionTypes: [...doc.resolutionTypes, type] };
  const rename = (key: string) => (key === originalKey ? type.key : key);
  return {
    ...doc,
    resolutionTypes: doc.resolutionTypes.map((t) => (t.key === originalKey ? type : t)),
    rules:
      originalKey === type.key ? doc.rules : doc.rules.map((r) => ({ ...r, type: rename(r.type) })),
    conditions:
      originalKey === type.key
        ? doc.conditions
        : doc.conditions.map((c) => ({ ...c, types: c.types.map(rename) })),
    overrides:
      originalKey === type.key
        ? doc.overrides
        : doc.overrides.map((o) => ({ ...o, type: rename(o.type) })),
  };
}

/**
 * Removes a type with its rules and overrides. A condition that named only this type is removed too:
 * left with an empty list it would silently apply to every type.
 */
export function removeType(doc: PolicyDocument, key: string): PolicyDocument {
  return {
    ...doc,
    resolutionTypes: doc.resolutionTypes.filter((t) => t.key !== key),
    rules: doc.rules.filter((r) => r.type !== key),
    overrides: doc.overrides.filter((o) => o.type !== key),
    conditions: doc.conditions
      .filter((c) => !(c.types.length === 1 && c.types[0] === key))
      .map((c) => (c.types.includes(key) ? { ...c, types: c.types.filter((t) => t !== key) } : c)),
  };
}

export function upsertCondition(
  doc: PolicyDocument,
  index: number | null,
  condition: Condition,
): PolicyDocument {
  if (index === null) return { ...doc, conditions: [...doc.conditions, condition] };
  return { ...doc, conditions: doc.conditions.map((c, i) => (i === index ? condition : c)) };
}

export function removeCondition(doc: PolicyDocument, index: number): PolicyDocument {
  return { ...doc, conditions: doc.conditions.filter((_, i) => i !== index) };
}

export function upsertOverride(doc: PolicyDocument, override: Override): PolicyDocument {
  const next = compact(override);
  const exists = doc.overrides.some((o) => o.id === override.id);
  return {
    ...doc,
    overrides: exists
      ? doc.overrides.map((o) => (o.id === override.id ? next : o))
      : [...doc.overrides, next],
  };
}

export function removeOverride(doc: PolicyDocument, id: string): PolicyDocument {
  return { ...doc, overrides: doc.overrides.filter((o) => o.id !== id) };
}

/** A key the schema accepts (lower_snake_case, starting with a letter), unique among `taken`. */
export function newKey(prefix: string, taken: readonly string[]): string {
  for (;;) {
    const key = `${prefix}_${Math.random().toString(36).slice(2, 8)}`.replace(/[^a-z0-9_]/g, '');
    if (!taken.includes(key)) return key;
  }
}

/** "Late delivery credit" → "late_delivery_credit": a key suggested from a label. */
export function keyFromLabel(label: string): string {
  const key = label
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^[^a-z]+|_+$/g, '')
    .slice(0, 40);
  return key;
}
