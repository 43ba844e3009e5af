import { formatMoney } from '../money.ts';
import { policyDocumentSchema, type LimitRule, type PolicyDocument } from './policy.ts';

/** One problem, placed so an editor can show it beside the cell it is about. */
export type PolicyIssue = {
  path: string;
  message: string;
  level?: string;
  type?: string;
  field?: string;
};

export type PolicyValidation =
  { ok: true; policy: PolicyDocument; issues: [] } | { ok: false; issues: PolicyIssue[] };

const nestedFields = [
  'perIncidentMinor',
  'perCustomerMinor',
  'perDayMinor',
  'perMonthMinor',
] as const;
const fieldWords: Record<(typeof nestedFields)[number], string> = {
  perIncidentMinor: 'limit per incident',
  perCustomerMinor: 'limit per customer',
  perDayMinor: 'budget per day',
  perMonthMinor: 'budget per month',
};

function duplicates(keys: string[]): string[] {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const k of keys) (seen.has(k) ? twice : seen).add(k);
  return [...twice];
}

/** Checks the shape (zod) and then the meaning: references, duplicates, nesting of levels, overlapping overrides. */
export function validatePolicy(input: unknown): PolicyValidation {
  const parsed = policyDocumentSchema.safeParse(input);
  if (!parsed.success) {
    return {
      ok: false,
      issues: parsed.error.issues.map((i) => ({
        path: i.path.map(String).join('.'),
        message: i.message,
      })),
    };
  }
  const policy = parsed.data;
  const issues: PolicyIssue[] = [];
  const money = (m: number | undefined) =>
    m === undefined ? 'unlimited' : formatMoney(m, policy.currency);
  const levelKeys = policy.levels.map((l) => l.key);
  const typeKeys = policy.resolutionTypes.map((t) => t.key);
  const levelName = new Map(policy.levels.map((l) => [l.key, l.name]));
  const typeLabel = new Map(policy.resolutionTypes.map((t) => [t.key, t.label]));

  for (const k of duplicates(levelKeys))
    issues.push({ path: 'levels', message: `Level "${k}" appears twice`, level: k });
  for (const k of duplicates(typeKeys))
    issues.push({
      path: 'resolutionTypes',
      message: `Resolution type "${k}" appears twice`,
      type: k,
    });

  const rulesByCell = new Map<string, LimitRule>();
  policy.rules.forEach((rule, i) => {
    const path = `rules.${i}`;
    if (!levelName.has(rule.level))
      issues.push({
        path: `${path}.level`,
        message: `Unknown level "${rule.level}"`,
        level: rule.level,
        type: rule.type,
      });
    if (!typeLabel.has(rule.type))
      issues.push({
        path: `${path}.type`,
        message: `Unknown resolution type "${rule.type}"`,
        level: rule.level,
        type: rule.type,
      });
    const cell = `${rule.level}/${rule.type}`;
    if (rulesByCell.has(cell))
      issues.push({
        path,
        message: `Two rules for ${levelName.get(rule.level) ?? rule.level} × ${typeLabel.get(rule.type) ?? rule.type}`,
        level: rule.level,
        type: rule.type,
      });
    rulesByCell.set(cell, rule);
    if (rule.valueScaling && rule.valueScaling.maxMinor < rule.perIncidentMinor) {
      issues.push({
        path: `${path}.valueScaling.maxMinor`,
        message: `The value-scaled cap (${money(rule.valueScaling.maxMinor)}) is below the limit per incident (${money(rule.perIncidentMinor)})`,
        level: rule.level,
        type: rule.type,
        field: 'valueScaling.maxMinor',
      });
    }
    if (rule.certified) validateCertifiedTier(rule, path, issues, money);
  });

  policy.contactLimits.forEach((c, i) => {
    if (!levelName.has(c.level))
      issues.push({
        path: `contactLimits.${i}.level`,
        message: `Unknown level "${c.level}"`,
        level: c.level,
      });
  });
  for (const k of duplicates(policy.contactLimits.map((c) => c.level)))
    issues.push({
      path: 'contactLimits',
      message: `Two per-contact totals for level "${k}"`,
      level: k,
    });

  for (const k of duplicates(policy.conditions.map((c) => c.id)))
    issues.push({ path: 'conditions', message: `Condition "${k}" appears twice` });
  policy.conditions.forEach((c, i) => {
    for (const t of c.types)
      if (!typeLabel.has(t))
        issues.push({
          path: `conditions.${i}.types`,
          message: `Unknown resolution type "${t}"`,
          type: t,
        });
    if (c.whenFails.outcome === 'needs_approval' && !levelName.has(c.whenFails.level)) {
      issues.push({
        path: `conditions.${i}.whenFails.level`,
        message: `Unknown level "${c.whenFails.level}"`,
        level: c.whenFails.level,
      });
    }
  });

  validateOverrides(policy, issues, typeLabel);
  if (policy.levelsNest) validateNesting(policy, rulesByCell, issues, money);

  return issues.length === 0 ? { ok: true, policy, issues: [] } : { ok: false, issues };
}

/** A certified tier only ever raises: every figure at or above the rule's own (no limit stays no limit). */
function validateCertifiedTier(
  rule: LimitRule,
  path: string,
  issues: PolicyIssue[],
  money: (m: number | undefined) => string,
) {
  const tier = rule.certified!;
  const at = { level: rule.level, type: rule.type };
  for (const field of nestedFields) {
    const own = rule[field] ?? Number.POSITIVE_INFINITY;
    const certified = tier[field] ?? Number.POSITIVE_INFINITY;
    if (certified < own)
      issues.push({
        path: `${path}.certified.${field}`,
        message: `With the "${tier.certification}" certification the ${fieldWords[field]} (${money(tier[field])}) would be below the rule's own (${money(rule[field])})`,
        ...at,
        field: `certified.${field}`,
      });
  }
  const own = rule.valueScaling;
  const certified = tier.valueScaling;
  if (certified && certified.maxMinor < tier.perIncidentMinor)
    issues.push({
      path: `${path}.certified.valueScaling.maxMinor`,
      message: `The certified value-scaled cap (${money(certified.maxMinor)}) is below the certified limit per incident (${money(tier.perIncidentMinor)})`,
      ...at,
      field: 'certified.valueScaling.maxMinor',
    });
  if (own) {
    const lower =
      (certified?.lifetimeValueBasisPoints ?? 0) < own.lifetimeValueBasisPoints ||
      Math.max(certified?.maxMinor ?? 0, tier.perIncidentMinor) <
        Math.max(own.maxMinor, rule.perIncidentMinor) ||
      Object.entries(own.segmentBonusMinor).some(
        ([segment, bonus]) => (certified?.segmentBonusMinor[segment] ?? 0) < bonus,
      );
    if (lower)
      issues.push({
        path: `${path}.certified.valueScaling`,
        message: `With the "${tier.certification}" certification the value scaling would be below the rule's own`,
        ...at,
        field: 'certified.valueScaling',
      });
  }
  if (tier.certification === rule.requiredCertification)
    issues.push({
      path: `${path}.certified.certification`,
      message: `The certified tier's certification is the one the rule already requires, so it would always apply; set the rule's limits instead`,
      ...at,
      field: 'certified.certification',
    });
}

function validateOverrides(
  policy: PolicyDocument,
  issues: PolicyIssue[],
  typeLabel: Map<string, string>,
) {
  for (const k of duplicates(policy.overrides.map((o) => o.id)))
    issues.push({ path: 'overrides', message: `Override "${k}" appears twice` });
  policy.overrides.forEach((o, i) => {
    const path = `overrides.${i}`;
    if (!typeLabel.has(o.type))
      issues.push({
        path: `${path}.type`,
        message: `Unknown resolution type "${o.type}"`,
        type: o.type,
      });
    if (Date.parse(o.expiresAt) <= Date.parse(o.startsAt))
      issues.push({
        path: `${path}.expiresAt`,
        message: 'An override must expire after it starts',
        field: 'expiresAt',
      });
    if (nestedFields.every((f) => o[f] === undefined))
      issues.push({ path, message: 'An override must change at least one limit' });
    policy.overrides.forEach((other, j) => {
      if (j <= i || other.personId !== o.personId || other.type !== o.type) return;
      const overlap =
        Date.parse(o.startsAt) < Date.parse(other.expiresAt) &&
        Date.parse(other.startsAt) < Date.parse(o.expiresAt);
      if (overlap) {
        const who = o.personName || o.personId;
        issues.push({
          path: `overrides.${j}`,
          message: `Overrides "${o.id}" and "${other.id}" for ${who} on ${typeLabel.get(o.type) ?? o.type} overlap in time`,
          type: o.type,
        });
      }
    });
  });
}

/** Where levels nest, each level's limits must be at least those of the level beneath it. */
function validateNesting(
  policy: PolicyDocument,
  rules: Map<string, LimitRule>,
  issues: PolicyIssue[],
  money: (m: number | undefined) => string,
) {
  const levels = policy.levels;
  for (const type of policy.resolutionTypes) {
    for (let i = 1; i < levels.length; i++) {
      const lower = levels[i - 1]!;
      const upper = levels[i]!;
      const low = rules.get(`${lower.key}/${type.key}`);
      const up = rules.get(`${upper.key}/${type.key}`);
      const lowOpen = low !== undefined && !low.barred;
      const upOpen = up !== undefined && !up.barred;
      const at = { level: upper.key, type: type.key };
      if (!lowOpen) continue;
      if (!upOpen) {
        issues.push({
          path: `rules`,
          message: `${lower.name} may grant ${type.label} but ${upper.name}, above it, may not`,
          ...at,
        });
        continue;
      }
      for (const field of nestedFields) {
        const lowValue = low[field] ?? Number.POSITIVE_INFINITY;
        const upValue = up[field] ?? Number.POSITIVE_INFINITY;
        if (upValue < lowValue) {
          issues.push({
            path: `rules`,
            message: `${upper.name}'s ${type.label} ${fieldWords[field]} (${money(up[field])}) is below ${lower.name}'s (${money(low[field])})`,
            ...at,
            field,
          });
        }
      }
      const lowScale = {
        bp: low.valueScaling?.lifetimeValueBasisPoints ?? 0,
        max: Math.max(low.valueScaling?.maxMinor ?? 0, low.perIncidentMinor),
      };
      const upScale = {
        bp: up.valueScaling?.lifetimeValueBasisPoints ?? 0,
        max: Math.max(up.valueScaling?.maxMinor ?? 0, up.perIncidentMinor),
      };
      // Without scaling on either side the per-incident comparison above already says it all.
      const scales = low.valueScaling !== undefined || up.valueScaling !== undefined;
      if (scales && (upScale.bp < lowScale.bp || upScale.max < lowScale.max)) {
        issues.push({
          path: 'rules',
          message: `${upper.name}'s ${type.label} value scaling is below ${lower.name}'s`,
          ...at,
          field: 'valueScaling',
        });
      }
      for (const [segment, bonus] of Object.entries(low.valueScaling?.segmentBonusMinor ?? {})) {
        const upBonus = up.valueScaling?.segmentBonusMinor[segment] ?? 0;
        if (upBonus < bonus)
          issues.push({
            path: 'rules',
            message: `${upper.name}'s ${type.label} bonus for ${segment} customers is below ${lower.name}'s`,
            ...at,
            field: 'valueScaling',
          });
      }
      if (
        up.requiredCertification !== undefined &&
        up.requiredCertification !== low.requiredCertification
      ) {
        issues.push({
          path: 'rules',
          message: `${upper.name} needs the "${up.requiredCertification}" certification for ${type.label} but ${lower.name} does not`,
          ...at,
          field: 'requiredCertification',
        });
      }
    }
  }
  const contact = new Map(policy.contactLimits.map((c) => [c.level, c.totalPerContactMinor]));
  for (let i = 1; i < levels.length; i++) {
    const low = contact.get(levels[i - 1]!.key) ?? Number.POSITIVE_INFINITY;
    const up = contact.get(levels[i]!.key) ?? Number.POSITIVE_INFINITY;
    if (up < low)
      issues.push({
        path: 'contactLimits',
        message: `${levels[i]!.name}'s total per contact is below ${levels[i - 1]!.name}'s`,
        level: levels[i]!.key,
      });
  }
}
