import type { PolicyDocumentInput } from '../../../../domain/authority/policy.ts';
import { minorDigits } from '../../../../domain/money.ts';

/**
 * A starting policy a new organization picks at setup. Its figures are whole units of the
 * organization's currency ("$100" is 100 of whatever it trades in): there is no exchange rate to
 * apply, and the admin adjusts them in the policy editor from the first minute.
 */
export type PolicyTemplate = {
  key: PolicyTemplateKey;
  name: string;
  /** One or two sentences for the setup page's picker. */
  description: string;
  /** The level the first admin holds: the top one, so they can answer every escalation at once. */
  adminLevel: string;
  document(currency: string): PolicyDocumentInput;
};

export const policyTemplateKeys = ['hundred-dollar-rule', 'tiered', 'hospitality'] as const;
export type PolicyTemplateKey = (typeof policyTemplateKeys)[number];

/** Whole units of `currency` in its minor units (100 → 10000 cents, 100 → 100 yen). */
export function unitsOf(currency: string): (units: number) => number {
  const scale = 10 ** minorDigits(currency);
  return (units) => Math.round(units * scale);
}
