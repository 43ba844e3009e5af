import type { LimitRule } from '../../../domain/authority/policy.ts';
import { formatMoney } from '../../../domain/money.ts';
import { basisPointsToPercent } from './money-input.ts';
import { isOpen } from './policy-edit.ts';

export type CellBadge = { label: string; title: string; color: string };

export type CellSummary =
  | { barred: true; text: string }
  | { barred: false; incident: string; lines: string[]; badges: CellBadge[]; text: string };

/** What a grid cell shows, and the same in words for its accessible description. */
export function summarizeRule(
  rule: LimitRule | undefined,
  windowDays: number,
  currency: string,
  /** A certification's title by its key (the catalogue's); the key itself without one. */
  titleOf: (key: string) => string = (key) => key,
): CellSummary {
  if (!isOpen(rule)) return { barred: true, text: 'Barred' };
  const money = (minor: number) => formatMoney(minor, currency);
  const lines: string[] = [];
  if (rule.perCustomerMinor !== undefined)
    lines.push(`${money(rule.perCustomerMinor)} per customer`);
  if (rule.perDayMinor !== undefined) lines.push(`${money(rule.perDayMinor)} per day`);
  if (rule.perMonthMinor !== undefined) lines.push(`${money(rule.perMonthMinor)} per month`);
  // The tier's headline only: its other figures are in the cell's panel.
  const tier = rule.certified
    ? `with ${titleOf(rule.certified.certification)}: up to ${money(rule.certified.perIncidentMinor)}`
    : undefined;
  if (tier) lines.push(tier);
  const badges: CellBadge[] = [];
  if (rule.valueScaling) {
    const s = rule.valueScaling;
    const bonuses = Object.keys(s.segmentBonusMinor);
    badges.push({
      label: `+${basisPointsToPercent(s.lifetimeValueBasisPoints)} LTV ≤ ${money(s.maxMinor)}`,
      title: `Scales with value: plus ${basisPointsToPercent(s.lifetimeValueBasisPoints)} of lifetime value${bonuses.length ? ` and bonuses for ${bonuses.join(', ')}` : ''}, up to ${money(s.maxMinor)}`,
      color: 'grape',
    });
  }
  if (rule.requiredCertification) {
    badges.push({
      label: `Cert: ${rule.requiredCertification}`,
      title: `Needs the ${rule.requiredCertification} certification`,
      color: 'orange',
    });
  }
  const incident = money(rule.perIncidentMinor);
  // The row header shows the window; the spoken description needs it in the sentence.
  const spoken = lines.map((l) =>
    l.endsWith('per customer')
      ? `${l} over ${windowDays} days`
      : l === tier
        ? `${l} per incident`
        : l,
  );
  const text = [`${incident} per incident`, ...spoken, ...badges.map((b) => b.title)].join(', ');
  return { barred: false, incident, lines, badges, text };
}
