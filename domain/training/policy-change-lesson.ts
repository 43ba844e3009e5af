import { certificationName } from '../authority/decide.ts';
import type {
  CertifiedTier,
  Condition,
  LimitRule,
  PolicyDocument,
  ValueScaling,
} from '../authority/policy.ts';
import { formatMoney } from '../money.ts';

/** Guidelines are markdown of any length; a lesson line quotes the start and the rep reads the rest beside the form. */
const GUIDELINES_QUOTED = 240;

type Figures = Pick<
  LimitRule,
  'perIncidentMinor' | 'perCustomerMinor' | 'perDayMinor' | 'perMonthMinor' | 'valueScaling'
>;

/** "$100 → $150" in each policy's own currency, or "no cap" where a figure is absent. */
function figure(amountMinor: number | undefined, currency: string): string {
  return amountMinor === undefined ? 'no cap' : formatMoney(amountMinor, currency);
}

function percent(basisPoints: number): string {
  return `${basisPoints / 100}%`;
}

function quoted(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > GUIDELINES_QUOTED ? `${flat.slice(0, GUIDELINES_QUOTED - 1)}…` : flat;
}

/**
 * What one level's figures for a type say differently, each as "<who>: <what> <before> → <after>":
 * the limit, the per-customer total, the daily and monthly budgets and how the customer's value
 * lifts the limit.
 */
function figureChanges(
  who: string,
  label: string,
  before: Figures,
  after: Figures,
  currencies: { before: string; after: string },
): string[] {
  const lines: string[] = [];
  const compare = (what: string, a: number | undefined, b: number | undefined) => {
    const was = figure(a, currencies.before);
    const now = figure(b, currencies.after);
    if (was !== now) lines.push(`${who}: ${what} ${was} → ${now}`);
  };
  compare(`${label} limit`, before.perIncidentMinor, after.perIncidentMinor);
  compare(`${label} total per customer`, before.perCustomerMinor, after.perCustomerMinor);
  compare(`${label} budget per day`, before.perDayMinor, after.perDayMinor);
  compare(`${label} budget per month`, before.perMonthMinor, after.perMonthMinor);
  lines.push(...scalingChanges(who, label, before.valueScaling, after.valueScaling, currencies));
  return lines;
}

function scalingChanges(
  who: string,
  label: string,
  before: ValueScaling | undefined,
  after: ValueScaling | undefined,
  currencies: { before: string; after: string },
): string[] {
  if (!before && !after) return [];
  if (!after) return [`${who}: the customer's value no longer raises the ${label} limit`];
  const lines: string[] = [];
  const share = (s: ValueScaling | undefined) =>
    s ? `${percent(s.lifetimeValueBasisPoints)} of lifetime value` : 'none';
  if (share(before) !== share(after))
    lines.push(`${who}: ${label} limit raised by ${share(before)} → ${share(after)}`);
  const cap = (s: ValueScaling | undefined, currency: string) =>
    s ? formatMoney(s.maxMinor, currency) : 'none';
  if (cap(before, currencies.before) !== cap(after, currencies.after))
    lines.push(
      `${who}: ${label} limit with the customer's value at most ${cap(before, currencies.before)} → ${cap(after, currencies.after)}`,
    );
  const segments = new Set([
    ...Object.keys(before?.segmentBonusMinor ?? {}),
    ...Object.keys(after.segmentBonusMinor),
  ]);
  for (const segment of [...segments].sort()) {
    const bonus = (s: ValueScaling | undefined, currency: string) => {
      const minor = s?.segmentBonusMinor[segment];
      return minor === undefined ? 'none' : formatMoney(minor, currency);
    };
    const was = bonus(before, currencies.before);
    const now = bonus(after, currencies.after);
    if (was !== now) lines.push(`${who}: ${label} bonus for ${segment} customers ${was} → ${now}`);
  }
  return lines;
}

function tierChanges(
  levelName: string,
  label: string,
  before: CertifiedTier | undefined,
  after: CertifiedTier | undefined,
  currencies: { before: string; after: string },
): string[] {
  if (!before && !after) return [];
  if (!after)
    return [
      `${levelName}: ${certificationName(before!.certification)} no longer raises the ${label} limit`,
    ];
  const name = certificationName(after.certification);
  if (!before || before.certification !== after.certification)
    return [
      `${levelName}: with ${name}, ${label} up to ${formatMoney(after.perIncidentMinor, currencies.after)}` +
        (before ? ` (it was ${certificationName(before.certification)})` : ''),
    ];
  return figureChanges(`${levelName} with ${name}`, label, before, after, currencies);
}

/** One level's rule for the type, before and after; a missing rule is barred, as the engine reads it. */
function ruleChanges(
  levelName: string,
  label: string,
  before: LimitRule | undefined,
  after: LimitRule | undefined,
  currencies: { before: string; after: string },
): string[] {
  const barredBefore = !before || before.barred;
  const barredAfter = !after || after.barred;
  if (barredBefore && barredAfter) return [];
  if (barredAfter) return [`${levelName}: may no longer grant a ${label}`];
  const lines: string[] = [];
  if (barredBefore)
    lines.push(
      `${levelName}: may now grant a ${label}, up to ${formatMoney(after.perIncidentMinor, currencies.after)}`,
    );
  else lines.push(...figureChanges(levelName, label, before, after, currencies));
  const required = (rule: LimitRule | undefined) =>
    rule?.requiredCertification ? certificationName(rule.requiredCertification) : null;
  const was = barredBefore ? null : required(before);
  const now = required(after);
  if (was !== now)
    lines.push(
      now === null
        ? `${levelName}: ${label} no longer needs ${was}`
        : was === null
          ? `${levelName}: ${label} now needs ${now}`
          : `${levelName}: ${label} needs ${was} → ${now}`,
    );
  lines.push(
    ...tierChanges(
      levelName,
      label,
      barredBefore ? undefined : before.certified,
      after.certified,
      currencies,
    ),
  );
  return lines;
}

function conditionChanges(
  before: readonly Condition[],
  after: readonly Condition[],
  key: string,
): string[] {
  const applies = (c: Condition) => c.types.length === 0 || c.types.includes(key);
  const was = new Map(before.filter(applies).map((c) => [c.id, c]));
  const now = new Map(after.filter(applies).map((c) => [c.id, c]));
  const lines: string[] = [];
  for (const [id, condition] of now) {
    const old = was.get(id);
    if (!old) lines.push(`New condition: ${condition.description}`);
    else if (JSON.stringify(old) !== JSON.stringify(condition))
      lines.push(`Condition changed: ${condition.description}`);
  }
  for (const [id, condition] of was)
    if (!now.has(id)) lines.push(`Condition removed: ${condition.description}`);
  return lines;
}

/**
 * The change of one resolution type between two published policies, in plain words, one line per
 * change: "Agent: refund limit $100 → $150", "Guidelines changed: …", a certified tier's figures, a
 * certification now needed, a condition added. A refresher teaches it as its lesson, so the lines
 * name levels as the policy names them and figures in each policy's own currency. Empty when the
 * type's rules say the same in both.
 */
export function policyChangeLesson(
  previous: PolicyDocument,
  next: PolicyDocument,
  typeKey: string,
): string[] {
  const was = previous.resolutionTypes.find((t) => t.key === typeKey);
  const now = next.resolutionTypes.find((t) => t.key === typeKey);
  if (!was && !now) return [];
  const label = (now ?? was)!.label.toLowerCase();
  if (!now) return [`${was!.label} is no longer in the policy: nobody may grant it`];
  const currencies = { before: previous.currency, after: next.currency };
  const lines: string[] = [];
  if (!was) lines.push(`${now.label} is new in the policy`);
  else {
    if (was.guidelines.trim() !== now.guidelines.trim())
      lines.push(
        now.guidelines.trim() === ''
          ? 'Guidelines removed'
          : `Guidelines changed: ${quoted(now.guidelines)}`,
      );
    if (was.reasonRequired !== now.reasonRequired)
      lines.push(
        now.reasonRequired
          ? `A ${label} now needs a reason`
          : `A ${label} no longer needs a reason`,
      );
    const cost = (t: typeof now, currency: string) =>
      t.cost.kind === 'fixed'
        ? `a fixed ${formatMoney(t.cost.amountMinor, currency)}`
        : 'any amount';
    if (cost(was, currencies.before) !== cost(now, currencies.after))
      lines.push(`Cost: ${cost(was, currencies.before)} → ${cost(now, currencies.after)}`);
    if (was.customerWindowDays !== now.customerWindowDays)
      lines.push(
        `A customer's ${label}s add up over ${was.customerWindowDays} → ${now.customerWindowDays} days`,
      );
  }
  // Levels in the new policy's rank order, then any only the old one had.
  const levels = [
    ...next.levels,
    ...previous.levels.filter((l) => !next.levels.some((n) => n.key === l.key)),
  ];
  const ruleOf = (document: PolicyDocument, level: string) =>
    document.rules.find((r) => r.level === level && r.type === typeKey);
  for (const level of levels)
    lines.push(
      ...ruleChanges(
        level.name,
        label,
        was ? ruleOf(previous, level.key) : undefined,
        ruleOf(next, level.key),
        currencies,
      ),
    );
  lines.push(...conditionChanges(was ? previous.conditions : [], next.conditions, typeKey));
  return lines;
}

/**
 * The certifications a policy names for a type: a level's certified tier and a level's required
 * certification. Their holders are the ones a change of the type concerns.
 */
export function certificationsForType(document: PolicyDocument, typeKey: string): string[] {
  const keys = new Set<string>();
  for (const rule of document.rules) {
    if (rule.type !== typeKey) continue;
    if (rule.certified) keys.add(rule.certified.certification);
    if (rule.requiredCertification) keys.add(rule.requiredCertification);
  }
  return [...keys].sort();
}
