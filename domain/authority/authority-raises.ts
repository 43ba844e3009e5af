import type { Condition, LimitRule, Override, PolicyDocument } from './policy.ts';

export type PersonAtLevel = { id: string; levelKey: string | null };

const unlimited = Number.POSITIVE_INFINITY;
const figure = (minor: number | undefined) => minor ?? unlimited;

/** A rule the level may use: present and not barred. */
function usable(policy: PolicyDocument, level: string, type: string): LimitRule | null {
  const rule = policy.rules.find((r) => r.level === level && r.type === type);
  return rule && !rule.barred ? rule : null;
}

function ruleRaises(before: LimitRule, after: LimitRule): boolean {
  if (after.perIncidentMinor > before.perIncidentMinor) return true;
  if (figure(after.perCustomerMinor) > figure(before.perCustomerMinor)) return true;
  if (figure(after.perDayMinor) > figure(before.perDayMinor)) return true;
  if (figure(after.perMonthMinor) > figure(before.perMonthMinor)) return true;
  if (
    before.requiredCertification !== undefined &&
    after.requiredCertification !== before.requiredCertification
  )
    return true;
  const bs = before.valueScaling;
  const as = after.valueScaling;
  if (as === undefined) return false;
  if (bs === undefined) return as.maxMinor > before.perIncidentMinor;
  if (as.lifetimeValueBasisPoints > bs.lifetimeValueBasisPoints || as.maxMinor > bs.maxMinor)
    return true;
  return Object.entries(as.segmentBonusMinor).some(
    ([segment, bonus]) => bonus > (bs.segmentBonusMinor[segment] ?? 0),
  );
}

/** The conditions that hold this person back on a type, each as a comparable signature. */
function bindingConditions(policy: PolicyDocument, rank: number, type: string): Set<string> {
  const rankOf = (key: string) => policy.levels.findIndex((l) => l.key === key) + 1;
  const binds = (c: Condition) =>
    (c.types.length === 0 || c.types.includes(type)) &&
    (c.whenFails.outcome === 'not_allowed' || rankOf(c.whenFails.level) > rank);
  const signature = (c: Condition) =>
    c.check.kind === 'max_order_age_days' ? `age<=${c.check.days}` : `no-flag:${c.check.flag}`;
  return new Set(policy.conditions.filter(binds).map(signature));
}

const sameOverride = (a: Override, b: Override) =>
  JSON.stringify({ ...a, personName: '', note: '' }) ===
  JSON.stringify({ ...b, personName: '', note: '' });

/**
 * What a new policy lets this person decide alone that the old one did not, one line per type or
 * override; empty when nothing. Deliberately cautious: a change it cannot show to be no wider (a
 * condition reworded, an override moved) counts, because a false alarm only asks for a second admin.
 */
export function authorityRaisesFor(
  before: PolicyDocument,
  after: PolicyDocument,
  person: PersonAtLevel,
): string[] {
  const raises: string[] = [];
  const level = person.levelKey;
  const rank = level === null ? 0 : after.levels.findIndex((l) => l.key === level) + 1;
  if (level !== null && rank > 0) {
    for (const type of after.resolutionTypes) {
      const was = before.resolutionTypes.find((t) => t.key === type.key);
      const ruleAfter = usable(after, level, type.key);
      const ruleBefore = was ? usable(before, level, type.key) : null;
      if (ruleAfter !== null && ruleBefore === null)
        raises.push(`${type.label}: newly allowed at level ${level}`);
      else if (ruleAfter !== null && ruleRaises(ruleBefore!, ruleAfter))
        raises.push(`${type.label}: higher limits at level ${level}`);
      // Behind an override, the level's rule fills in the figures the override leaves out, even when barred.
      const ownOverride = after.overrides.some(
        (o) => o.personId === person.id && o.type === type.key,
      );
      const rawRule = (p: PolicyDocument) =>
        JSON.stringify(p.rules.find((r) => r.level === level && r.type === type.key) ?? null);
      if (ownOverride && rawRule(before) !== rawRule(after))
        raises.push(`${type.label}: the level's figures behind a personal override changed`);
      if (was && type.customerWindowDays < was.customerWindowDays)
        raises.push(`${type.label}: a shorter customer window`);
      // Conditions bind overrides too, so they count even where the level itself has no rule.
      const held = bindingConditions(after, rank, type.key);
      if ([...bindingConditions(before, rank, type.key)].some((c) => !held.has(c)))
        raises.push(`${type.label}: fewer conditions at level ${level}`);
    }
    const contact = (p: PolicyDocument) =>
      figure(p.contactLimits.find((c) => c.level === level)?.totalPerContactMinor);
    if (contact(after) > contact(before)) raises.push(`total per contact raised at level ${level}`);
  }
  // An override replaces the level's figures, so adding one may raise them and removing one (which
  // may have held the person below their level) may too.
  const [was, is] = [before, after].map((p) => p.overrides.filter((o) => o.personId === person.id));
  for (const o of is!)
    if (!was!.some((b) => sameOverride(b, o))) raises.push(`personal override ${o.id} (${o.type})`);
  for (const o of was!)
    if (!is!.some((a) => sameOverride(a, o)))
      raises.push(`personal override ${o.id} (${o.type}) removed`);
  return raises;
}
