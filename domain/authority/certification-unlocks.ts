import { formatMoney } from '../money.ts';
import type { CompiledPolicy } from './compile.ts';
import { certificationName } from './decide.ts';

/** What one certificate raises for one type at one level, as the workspace's one line says it. */
export type CertificationUnlock = {
  certification: string;
  /** The certified per-incident limit, before any value scaling. */
  perIncidentMinor: number;
  held: boolean;
  /** "Pass Refunds II to decide refund up to $250 on your own", or "Refunds II: up to $250" when held. */
  line: string;
};

/**
 * For each of the policy's types, in order, the certified tier at `levelKey`: which certificate it
 * needs and what it raises the limit to, with the figures from the policy. Empty where the cell has
 * no tier (or the person has no level).
 */
export function certificationUnlocks(
  cp: CompiledPolicy,
  levelKey: string | null,
  held: readonly string[],
): CertificationUnlock[][] {
  const li = levelKey === null ? undefined : cp.levelIndex.get(levelKey);
  return cp.types.map((type, ti) => {
    const tier = li === undefined ? null : (cp.rules[li * cp.types.length + ti]?.certified ?? null);
    if (tier === null) return [];
    const name = certificationName(tier.certification);
    const upTo = `up to ${formatMoney(tier.rule.perIncident, cp.currency)}`;
    const isHeld = held.includes(tier.certification);
    return [
      {
        certification: tier.certification,
        perIncidentMinor: tier.rule.perIncident,
        held: isHeld,
        line: isHeld
          ? `${name}: ${upTo}`
          : `Pass ${name} to decide ${type.label.toLowerCase()} ${upTo} on your own`,
      },
    ];
  });
}
