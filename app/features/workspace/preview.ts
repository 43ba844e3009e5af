import type { CompiledPolicy } from '../../../domain/authority/compile.ts';
import {
  decide,
  noUsage,
  type AppliedLimit,
  type Decision,
  type Usage,
} from '../../../domain/authority/decide.ts';
import { formatMoney } from '../../../domain/money.ts';
import type { CustomerProfile, MyAuthority } from './api-types.ts';

const DAY = 86_400_000;

export type PreviewInputs = {
  policy: CompiledPolicy;
  person: {
    id: string;
    levelKey: string | null;
    certifications: readonly string[];
    lapsedCertifications?: readonly { key: string; expiredAt: number }[];
  };
  customer: Pick<CustomerProfile, 'lifetimeValue' | 'segment' | 'flags' | 'linkedPersonId'>;
  usage: MyAuthority['usage'];
  type: string;
  amountMinor: number;
  orderAgeDays: number | null;
  at: number;
};

/** The engine's answer in the browser, from the same inputs the server uses; the server still has the last word. */
export function previewDecision(inputs: PreviewInputs): Decision {
  const { policy, person, customer, type } = inputs;
  const usage: Usage = {
    ...noUsage,
    ...inputs.usage.byType[type],
    contactTotalMinor: inputs.usage.contactTotalMinor,
  };
  return decide(
    policy,
    {
      person,
      customer: {
        lifetimeValueMinor: customer.lifetimeValue.amountMinor,
        segment: customer.segment,
        flags: customer.flags,
        linkedPersonId: customer.linkedPersonId,
      },
      type,
      amountMinor: inputs.amountMinor,
      currency: policy.currency,
      orderAgeDays: inputs.orderAgeDays,
      at: inputs.at,
    },
    usage,
  );
}

/**
 * Me as the engine reads me: the certificates authority/me says I hold now (the session's list may
 * be older), and the lapsed ones, so the preview says "your Refunds II certification expired on …"
 * as the server's decision will.
 */
export function previewPerson(
  person: { id: string; level: { key: string } | null },
  authority: Pick<MyAuthority, 'certifications' | 'lapsedCertifications'>,
): PreviewInputs['person'] {
  return {
    id: person.id,
    levelKey: person.level?.key ?? null,
    certifications: authority.certifications,
    lapsedCertifications: authority.lapsedCertifications.map((c) => ({
      key: c.key,
      expiredAt: Date.parse(c.expiredAt),
    })),
  };
}

/** Whole days since the order was placed, as the server counts them. */
export function orderAgeDays(placedAt: string, now: number): number {
  return Math.max(0, Math.floor((now - Date.parse(placedAt)) / DAY));
}

/** Whether an eligibility condition of this type looks at the order's age, so the rep should say which order. */
export function typeUsesOrderAge(policy: CompiledPolicy, type: string): boolean {
  const ti = policy.typeIndex.get(type);
  if (ti === undefined) return false;
  return (policy.conditionsByType[ti] ?? []).some(
    (c) => c.condition.check.kind === 'max_order_age_days',
  );
}

/** The most the rep may grant alone right now: the tightest remaining limit, or nothing when something else blocks. */
export function maxOnYourOwn(probe: Decision): number {
  if (probe.outcome !== 'within_authority' || probe.limits.length === 0) return 0;
  return Math.min(...probe.limits.map((l) => l.remainingMinor));
}

/** In the order a rep thinks about them: my day, this customer, my month, this contact. */
const leftPhrases: ReadonlyArray<[Exclude<AppliedLimit['kind'], 'per_incident'>, string]> = [
  ['per_day', 'left today'],
  ['per_customer', 'left for this customer'],
  ['per_month', 'left this month'],
  ['per_contact', 'left on this contact'],
];

/**
 * "Up to $100 on your own · $460 left today · $170 left for this customer". `probe` is the decision
 * for a zero amount (what is open at all); the month and contact totals are only worth a rep's
 * attention when they could stop a single request.
 */
export function authoritySummary(probe: Decision, currency: string): string[] {
  const money = (minor: number) => formatMoney(minor, currency);
  const max = maxOnYourOwn(probe);
  const incident = probe.limits.find((l) => l.kind === 'per_incident');
  const parts = [
    max > 0 ? `Up to ${money(max)} on your own` : 'Nothing on your own for this customer',
  ];
  for (const [kind, phrase] of leftPhrases) {
    const limit = probe.limits.find((l) => l.kind === kind);
    if (!limit) continue;
    const binding = incident === undefined || limit.remainingMinor < incident.limitMinor;
    if (kind === 'per_day' || kind === 'per_customer' || binding)
      parts.push(`${money(limit.remainingMinor)} ${phrase}`);
  }
  return parts;
}

export type OutcomeTone = { color: string; title: string };

export function outcomeTone(decision: Decision): OutcomeTone {
  if (decision.outcome === 'within_authority')
    return { color: 'green', title: 'Within your authority' };
  if (decision.outcome === 'needs_approval') {
    const who = decision.requiredLevel
      ? decision.requiredLevel.name
      : 'someone with more authority';
    return { color: 'orange', title: `Needs approval from ${article(who)} ${who}` };
  }
  return { color: 'red', title: 'Not allowed' };
}

export function article(word: string): string {
  return /^[aeiou]/i.test(word) ? 'an' : 'a';
}
