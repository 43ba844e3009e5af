import type { CompiledPolicy } from './compile.ts';
import { decide, type AppliedLimit, type AuthorityRequest, type Usage } from './decide.ts';

export type TypeUsage = {
  personDayMinor: number;
  personMonthMinor: number;
  customerWindowMinor: number;
};
export type UsageByType = {
  contactTotalMinor: number;
  byType: Readonly<Record<string, TypeUsage>>;
};

export type TypeAllowance = {
  type: string;
  label: string;
  /** The most this person may grant alone right now for this customer; 0 when nothing. */
  maxWithinAuthorityMinor: number;
  limits: AppliedLimit[];
  /** Why the allowance is zero, in plain words, when it is. */
  blockedBy: string[];
};

const zeroTypeUsage: TypeUsage = { personDayMinor: 0, personMonthMinor: 0, customerWindowMinor: 0 };

/**
 * What a person may still do for a customer, per resolution type, before they act: the workspace shows
 * it as "up to $X on your own". Derived from decide() on a zero amount, so it can never disagree with it.
 */
export function limitsFor(
  cp: CompiledPolicy,
  person: AuthorityRequest['person'],
  customer: AuthorityRequest['customer'],
  usage: UsageByType,
  at: number,
): TypeAllowance[] {
  return cp.types.map((type) => {
    const typeUsage = usage.byType[type.key] ?? zeroTypeUsage;
    const full: Usage = { ...typeUsage, contactTotalMinor: usage.contactTotalMinor };
    const probe = decide(
      cp,
      {
        person,
        customer,
        type: type.key,
        amountMinor: 0,
        currency: cp.currency,
        orderAgeDays: null,
        at,
      },
      full,
    );
    const max =
      probe.outcome === 'within_authority' && probe.limits.length > 0
        ? Math.min(...probe.limits.map((l) => l.remainingMinor))
        : 0;
    return {
      type: type.key,
      label: type.label,
      maxWithinAuthorityMinor: max,
      limits: probe.limits,
      blockedBy: probe.outcome === 'within_authority' ? [] : probe.reasons.slice(0, -1),
    };
  });
}
