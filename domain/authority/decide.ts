import { basisPointsOf, formatMoney } from '../money.ts';
import type {
  CompiledCondition,
  CompiledOverride,
  CompiledPolicy,
  CompiledRule,
  LevelInfo,
} from './compile.ts';

/** "May this person do this, now, for this customer?" — everything the engine needs, no I/O. */
export type AuthorityRequest = {
  /** `name` words the reasons an approver reads ("Bryan's refund budget today…"); without it, "the rep". */
  person: {
    id: string;
    levelKey: string | null;
    certifications: readonly string[];
    name?: string;
    /** Certificates that were held and have run out (past any grace), so a reason can say when. */
    lapsedCertifications?: readonly { key: string; expiredAt: number }[];
  };
  customer: {
    lifetimeValueMinor: number;
    segment: string;
    flags: readonly string[];
    linkedPersonId: string | null;
  };
  type: string;
  amountMinor: number;
  currency: string;
  /** Age of the order the resolution is about, when there is one (eligibility conditions use it). */
  orderAgeDays: number | null;
  /** When the decision is made, in epoch milliseconds (overrides have windows). */
  at: number;
};

/** What has already been spent, for this request's type (the contact total is across all types). */
export type Usage = {
  personDayMinor: number;
  personMonthMinor: number;
  customerWindowMinor: number;
  contactTotalMinor: number;
};

export const noUsage: Usage = {
  personDayMinor: 0,
  personMonthMinor: 0,
  customerWindowMinor: 0,
  contactTotalMinor: 0,
};

export type Outcome = 'within_authority' | 'needs_approval' | 'not_allowed';
export type LimitKind = 'per_incident' | 'per_customer' | 'per_day' | 'per_month' | 'per_contact';

export type AppliedLimit = {
  kind: LimitKind;
  limitMinor: number;
  usedMinor: number;
  /** What is left before this request; never negative. */
  remainingMinor: number;
  /** True when this request goes over it. */
  exceeded: boolean;
  /** Where the figure comes from: the level's rule, the customer's value, or a personal override. */
  source: 'level' | 'value_scaled' | 'override';
};

export type CheckedCondition = {
  id: string;
  description: string;
  kind: 'eligibility' | 'certification' | 'hard_rule';
  passed: boolean;
};

export type Decision = {
  outcome: Outcome;
  policyVersion: number;
  type: string;
  amountMinor: number;
  currency: string;
  /** The requester's level, when they have one. */
  level: LevelInfo | null;
  /** The lowest level that may approve, when the outcome is needs_approval. */
  requiredLevel: LevelInfo | null;
  /** Every limit of the requester's that applied, with used and remaining amounts. */
  limits: AppliedLimit[];
  conditions: CheckedCondition[];
  /** Plain-language reasons a rep understands, the outcome's last. */
  reasons: string[];
  /** The same reasons as an approver reads them: about the rep, not to them. */
  reasonsForApprover: string[];
};

// Failure bits: which checks a request failed for the requester, so both entry points share one pass.
const F_UNKNOWN_TYPE = 1;
const F_CURRENCY = 2;
const F_NO_LEVEL = 4;
const F_BARRED = 8;
const F_CERTIFICATION = 16;
const F_INCIDENT = 32;
const F_CUSTOMER = 64;
const F_DAY = 128;
const F_MONTH = 256;
const F_CONTACT = 512;
const F_CONDITION = 1024;
const F_LINKED = 2048;
const F_NEGATIVE = 4096;
/** Failures that no approver can lift. */
const F_FATAL = F_UNKNOWN_TYPE | F_CURRENCY | F_NEGATIVE;

const unlimited = Number.POSITIVE_INFINITY;

/** The per-incident limit at one level for one customer: the base, raised by the customer's value up to the cap. */
function perIncidentFor(rule: CompiledRule, customer: AuthorityRequest['customer']): number {
  if (
    rule.scalingMax === rule.perIncident &&
    rule.scalingBasisPoints === 0 &&
    rule.segmentBonus === null
  )
    return rule.perIncident;
  let limit =
    rule.perIncident + basisPointsOf(customer.lifetimeValueMinor, rule.scalingBasisPoints);
  if (rule.segmentBonus !== null) limit += rule.segmentBonus[customer.segment] ?? 0;
  return limit > rule.scalingMax ? rule.scalingMax : limit;
}

function activeOverride(
  cp: CompiledPolicy,
  request: AuthorityRequest,
  ti: number,
): CompiledOverride | null {
  const list = cp.overridesByPerson.get(request.person.id);
  if (list === undefined) return null;
  for (const o of list)
    if (o.typeIndex === ti && o.startsAt <= request.at && request.at < o.expiresAt) return o;
  return null;
}

function conditionPasses(c: CompiledCondition, request: AuthorityRequest): boolean {
  const check = c.condition.check;
  if (check.kind === 'max_order_age_days')
    return request.orderAgeDays === null || request.orderAgeDays <= check.days;
  return !request.customer.flags.includes(check.flag);
}

/** The requester's effective figures for one type: their level's rule with any active override applied. */
type Effective = {
  perIncident: number;
  incidentSource: AppliedLimit['source'];
  perCustomer: number;
  perDay: number;
  perMonth: number;
  override: CompiledOverride | null;
  certification: string | null;
  /** The certification whose tier gave these figures, when the person holds one that raises them. */
  certifiedBy: string | null;
};

/** The rule's certified tier when the person holds its certification, else the rule itself. */
function tierFor(rule: CompiledRule, request: AuthorityRequest): CompiledRule {
  const tier = rule.certified;
  return tier !== null && request.person.certifications.includes(tier.certification)
    ? tier.rule
    : rule;
}

function effectiveFor(
  cp: CompiledPolicy,
  li: number,
  ti: number,
  request: AuthorityRequest,
): Effective | null {
  const levelRule = cp.rules[li * cp.types.length + ti] ?? null;
  const rule = levelRule === null ? null : tierFor(levelRule, request);
  const o = activeOverride(cp, request, ti);
  if (rule === null && o === null) return null;
  const scaled = rule === null ? 0 : perIncidentFor(rule, request.customer);
  const ov = o?.override;
  return {
    perIncident: ov?.perIncidentMinor ?? scaled,
    incidentSource:
      ov?.perIncidentMinor !== undefined
        ? 'override'
        : rule !== null && scaled !== rule.perIncident
          ? 'value_scaled'
          : 'level',
    perCustomer: ov?.perCustomerMinor ?? rule?.perCustomer ?? unlimited,
    perDay: ov?.perDayMinor ?? rule?.perDay ?? unlimited,
    perMonth: ov?.perMonthMinor ?? rule?.perMonth ?? unlimited,
    override: o,
    certification: rule?.certification ?? null,
    certifiedBy: rule !== levelRule ? levelRule!.certified!.certification : null,
  };
}

/** Whether a level, as a level (no one person's budgets, certificates or overrides), may decide this request. */
export function levelCovers(
  cp: CompiledPolicy,
  li: number,
  request: AuthorityRequest,
  usage: Usage,
): boolean {
  const ti = cp.typeIndex.get(request.type);
  if (ti === undefined || request.currency !== cp.currency || request.amountMinor < 0) return false;
  const rule = cp.rules[li * cp.types.length + ti] ?? null;
  if (rule === null) return false;
  const amount = request.amountMinor;
  if (amount > perIncidentFor(rule, request.customer)) return false;
  if (usage.customerWindowMinor + amount > rule.perCustomer) return false;
  if (usage.contactTotalMinor + amount > cp.contactLimit[li]!) return false;
  const rank = li + 1;
  for (const c of cp.conditionsByType[ti]!)
    if (c.requiredRank > rank && !conditionPasses(c, request)) return false;
  return true;
}

function requesterFailures(
  cp: CompiledPolicy,
  request: AuthorityRequest,
  usage: Usage,
  li: number | undefined,
  ti: number | undefined,
  eff: Effective | null,
): number {
  if (ti === undefined) return F_UNKNOWN_TYPE;
  let failures = 0;
  if (request.currency !== cp.currency) failures |= F_CURRENCY;
  if (request.amountMinor < 0 || !Number.isSafeInteger(request.amountMinor)) failures |= F_NEGATIVE;
  if (li === undefined) return failures | F_NO_LEVEL;
  if (eff === null) return failures | F_BARRED;
  const amount = request.amountMinor;
  if (eff.certification !== null && !request.person.certifications.includes(eff.certification))
    failures |= F_CERTIFICATION;
  if (amount > eff.perIncident) failures |= F_INCIDENT;
  if (usage.customerWindowMinor + amount > eff.perCustomer) failures |= F_CUSTOMER;
  if (usage.personDayMinor + amount > eff.perDay) failures |= F_DAY;
  if (usage.personMonthMinor + amount > eff.perMonth) failures |= F_MONTH;
  if (usage.contactTotalMinor + amount > cp.contactLimit[li]!) failures |= F_CONTACT;
  const rank = li + 1;
  for (const c of cp.conditionsByType[ti]!)
    if (c.requiredRank > rank && !conditionPasses(c, request)) failures |= F_CONDITION;
  if (
    request.customer.linkedPersonId !== null &&
    request.customer.linkedPersonId === request.person.id
  )
    failures |= F_LINKED;
  return failures;
}

/**
 * The lowest level above the requester that covers the request. When none does but the requester's
 * own level covers it (only their personal budget, certificate or a hard rule stood in the way), a peer
 * at their level may decide; only the top level ever meets that case when levels nest.
 */
function approverLevel(
  cp: CompiledPolicy,
  request: AuthorityRequest,
  usage: Usage,
  li: number | undefined,
  failures: number,
): number {
  if ((failures & F_FATAL) !== 0) return -1;
  const from = li === undefined ? 0 : li + 1;
  for (let lj = from; lj < cp.levels.length; lj++)
    if (levelCovers(cp, lj, request, usage)) return lj;
  if (li !== undefined && levelCovers(cp, li, request, usage)) return li;
  return -1;
}

/** The outcome and approver level alone, without limits or words: for replaying history by the million. */
export function decideOutcome(
  cp: CompiledPolicy,
  request: AuthorityRequest,
  usage: Usage,
): { outcome: Outcome; requiredLevelIndex: number } {
  const li =
    request.person.levelKey === null ? undefined : cp.levelIndex.get(request.person.levelKey);
  const ti = cp.typeIndex.get(request.type);
  const eff = li === undefined || ti === undefined ? null : effectiveFor(cp, li, ti, request);
  const failures = requesterFailures(cp, request, usage, li, ti, eff);
  if (failures === 0) return { outcome: 'within_authority', requiredLevelIndex: -1 };
  const lj = approverLevel(cp, request, usage, li, failures);
  return lj < 0
    ? { outcome: 'not_allowed', requiredLevelIndex: -1 }
    : { outcome: 'needs_approval', requiredLevelIndex: lj };
}

const F_LIMITS = F_INCIDENT | F_CUSTOMER | F_DAY | F_MONTH;

/** "refunds_ii" → "Refunds II": a certificate's key as a rep reads it (Roman numerals stay numerals). */
export function certificationName(key: string): string {
  return key
    .split('_')
    .map((w) => (/^[ivx]+$/.test(w) ? w.toUpperCase() : capitalized(w)))
    .join(' ');
}

const dayFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

/**
 * When only the requester's own limits stood in the way and the rule's certified tier would cover the
 * request, say which certificate would: that it lapsed and when, or that passing it would.
 */
function sayWhatWouldUnlock(
  cp: CompiledPolicy,
  request: AuthorityRequest,
  usage: Usage,
  li: number,
  ti: number,
  failures: number,
  say: (toRep: string, aboutRep?: string) => void,
  rep: string,
): void {
  if ((failures & F_LIMITS) === 0 || (failures & ~F_LIMITS) !== 0) return;
  const levelRule = cp.rules[li * cp.types.length + ti] ?? null;
  const tier = levelRule?.certified ?? null;
  if (tier === null || request.person.certifications.includes(tier.certification)) return;
  const amount = request.amountMinor;
  const perIncident = perIncidentFor(tier.rule, request.customer);
  const covers =
    amount <= perIncident &&
    usage.customerWindowMinor + amount <= tier.rule.perCustomer &&
    usage.personDayMinor + amount <= tier.rule.perDay &&
    usage.personMonthMinor + amount <= tier.rule.perMonth;
  if (!covers) return;
  const name = certificationName(tier.certification);
  const what = `${cp.types[ti]!.label.toLowerCase()} up to ${formatMoney(perIncident, cp.currency)}`;
  const lapsed = request.person.lapsedCertifications?.find((c) => c.key === tier.certification);
  if (lapsed !== undefined) {
    const on = dayFormat.format(lapsed.expiredAt);
    say(
      `Your ${name} certification expired on ${on}; while it was in force you could decide ${what} on your own.`,
      `${capitalized(rep)}'s ${name} certification expired on ${on}; with it, ${rep} could decide ${what} on their own.`,
    );
  } else
    say(
      `Pass ${name} to decide ${what} on your own.`,
      `With ${name}, ${rep} could decide ${what} on their own.`,
    );
}

function capitalized(words: string): string {
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function article(word: string): string {
  return 'aeiouAEIOU'.includes(word.charAt(0)) ? 'An' : 'A';
}

function applied(
  kind: LimitKind,
  limit: number,
  used: number,
  amount: number,
  source: AppliedLimit['source'],
): AppliedLimit {
  const remaining = limit - used;
  return {
    kind,
    limitMinor: limit,
    usedMinor: used,
    remainingMinor: remaining > 0 ? remaining : 0,
    exceeded: used + amount > limit,
    source,
  };
}

/** The engine's full answer: outcome, approver level, every limit with used and remaining, and reasons in plain words. */
export function decide(cp: CompiledPolicy, request: AuthorityRequest, usage: Usage): Decision {
  const li =
    request.person.levelKey === null ? undefined : cp.levelIndex.get(request.person.levelKey);
  const ti = cp.typeIndex.get(request.type);
  const eff = li === undefined || ti === undefined ? null : effectiveFor(cp, li, ti, request);
  const failures = requesterFailures(cp, request, usage, li, ti, eff);
  const lj = failures === 0 ? -1 : approverLevel(cp, request, usage, li, failures);
  const outcome: Outcome =
    failures === 0 ? 'within_authority' : lj < 0 ? 'not_allowed' : 'needs_approval';

  const level = li === undefined ? null : cp.levels[li]!;
  const type = ti === undefined ? null : cp.types[ti]!;
  const amount = request.amountMinor;
  const currency = cp.currency;
  const label = type?.label ?? request.type;
  const levelName = level?.name ?? '';

  const limits: AppliedLimit[] = [];
  const conditions: CheckedCondition[] = [];
  const reasons: string[] = [];
  const reasonsForApprover: string[] = [];
  // Every reason in two voices: to the rep ("your level"), and about them to an approver ("Bryan's level").
  const say = (toRep: string, aboutRep: string = toRep) => {
    reasons.push(toRep);
    reasonsForApprover.push(aboutRep);
  };
  const rep = request.person.name ?? 'the rep';
  const reps = `${rep}'s`;
  const Reps = capitalized(reps);

  if (failures & F_UNKNOWN_TYPE) say(`"${request.type}" is not a resolution type in this policy.`);
  if (failures & F_CURRENCY)
    say(`This policy works in ${currency}; the request is in ${request.currency}.`);
  if (failures & F_NEGATIVE) say('The amount must be a whole number of minor units, zero or more.');
  if (failures & F_NO_LEVEL)
    say(
      'You have no authority level yet, so every resolution needs approval.',
      `${capitalized(rep)} has no authority level yet, so every resolution needs approval.`,
    );
  if (failures & F_BARRED)
    say(
      `${label} is not something your level (${levelName}) can grant on its own.`,
      `${label} is not something ${reps} level (${levelName}) can grant on its own.`,
    );

  if (eff !== null && li !== undefined && ti !== undefined) {
    const source = eff.override !== null ? 'override' : 'level';
    limits.push(applied('per_incident', eff.perIncident, 0, amount, eff.incidentSource));
    if (eff.perCustomer !== unlimited)
      limits.push(
        applied(
          'per_customer',
          eff.perCustomer,
          usage.customerWindowMinor,
          amount,
          eff.override?.override.perCustomerMinor !== undefined ? source : 'level',
        ),
      );
    if (eff.perDay !== unlimited)
      limits.push(
        applied(
          'per_day',
          eff.perDay,
          usage.personDayMinor,
          amount,
          eff.override?.override.perDayMinor !== undefined ? source : 'level',
        ),
      );
    if (eff.perMonth !== unlimited)
      limits.push(
        applied(
          'per_month',
          eff.perMonth,
          usage.personMonthMinor,
          amount,
          eff.override?.override.perMonthMinor !== undefined ? source : 'level',
        ),
      );
    const contact = cp.contactLimit[li]!;
    if (contact !== unlimited)
      limits.push(applied('per_contact', contact, usage.contactTotalMinor, amount, 'level'));

    // Each sentence's money is formatted once and shared by both voices.
    const thisIs = `this is ${formatMoney(amount, currency)}.`;
    if (failures & F_INCIDENT || failures === 0) {
      const upTo = `${label}: up to ${formatMoney(eff.perIncident, currency)} per incident`;
      const scaled =
        eff.incidentSource === 'value_scaled' ? ' for this customer, raised for their value,' : '';
      const own = eff.incidentSource === 'override';
      const by = eff.certifiedBy === null ? null : certificationName(eff.certifiedBy);
      say(
        `${upTo}${scaled}${own ? ' (your personal limit)' : ''}${by === null ? '' : ` with your ${by} certification`} at your level (${levelName}); ${thisIs}`,
        `${upTo}${scaled}${own ? ` (${reps} personal limit)` : ''}${by === null ? '' : ` with ${reps} ${by} certification`} at ${reps} level (${levelName}); ${thisIs}`,
      );
    }
    if (failures & F_CUSTOMER) {
      const had = `This customer has had ${formatMoney(usage.customerWindowMinor, currency)} of ${label.toLowerCase()} in the last ${type!.customerWindowDays} days; the limit at`;
      const limit = formatMoney(eff.perCustomer, currency);
      say(`${had} your level is ${limit}.`, `${had} ${reps} level is ${limit}.`);
    }
    const budget = (period: string, limit: number, used: number) => {
      const rest = `${label.toLowerCase()} budget ${period} is ${formatMoney(limit, currency)} and ${formatMoney(used, currency)} is used; ${thisIs}`;
      say(`Your ${rest}`, `${Reps} ${rest}`);
    };
    if (failures & F_DAY) budget('today', eff.perDay, usage.personDayMinor);
    if (failures & F_MONTH) budget('this month', eff.perMonth, usage.personMonthMinor);
    if (failures & F_CONTACT) {
      const usedOnContact = `This contact has already used ${formatMoney(usage.contactTotalMinor, currency)} of the ${formatMoney(contact, currency)} allowed per contact at`;
      say(`${usedOnContact} your level.`, `${usedOnContact} ${reps} level.`);
    }
    if (eff.certification !== null) {
      const held = (failures & F_CERTIFICATION) === 0;
      conditions.push({
        id: `certification:${eff.certification}`,
        description: `Holds the "${eff.certification}" certification`,
        kind: 'certification',
        passed: held,
      });
      if (!held) {
        say(
          `${label} at your level needs the "${eff.certification}" certification, which you do not hold yet.`,
          `${label} at ${reps} level needs the "${eff.certification}" certification, which ${rep} does not hold yet.`,
        );
      }
    }
  }

  if (eff !== null && li !== undefined && ti !== undefined && eff.override === null)
    sayWhatWouldUnlock(cp, request, usage, li, ti, failures, say, rep);

  if (ti !== undefined) {
    const rank = li === undefined ? 0 : li + 1;
    for (const c of cp.conditionsByType[ti]!) {
      const passed = conditionPasses(c, request);
      conditions.push({
        id: c.condition.id,
        description: c.condition.description,
        kind: 'eligibility',
        passed,
      });
      if (!passed && c.requiredRank > rank) {
        const detail =
          c.condition.check.kind === 'max_order_age_days'
            ? ` This order is ${request.orderAgeDays} days old.`
            : '';
        say(`${c.condition.description}.${detail}`);
      }
    }
    const linked = (failures & F_LINKED) !== 0;
    conditions.push({
      id: 'hard_rule:linked_customer',
      description: 'The customer is not linked to the person deciding',
      kind: 'hard_rule',
      passed: !linked,
    });
    if (linked)
      say(
        'This customer is linked to you, so someone else must decide.',
        `This customer is linked to ${rep}, so someone else must decide.`,
      );
  }

  if (outcome === 'within_authority')
    say(
      `Within your authority: you are covered (policy version ${cp.version}).`,
      `Within ${reps} own authority (policy version ${cp.version}).`,
    );
  else if (outcome === 'needs_approval') {
    const approver = cp.levels[lj]!;
    say(
      lj === li
        ? `Another ${approver.name} can approve it.`
        : `${article(approver.name)} ${approver.name} can approve it.`,
    );
  } else if ((failures & F_FATAL) === 0)
    say(`No level can approve this under policy version ${cp.version}.`);

  return {
    outcome,
    policyVersion: cp.version,
    type: request.type,
    amountMinor: amount,
    currency: request.currency,
    level,
    requiredLevel: lj < 0 ? null : cp.levels[lj]!,
    limits,
    conditions,
    reasons,
    reasonsForApprover,
  };
}
