import { formatMoney, minorDigits } from '../../../domain/money.ts';

/** The text an amount is edited as: "75", "1234.50" (no symbol, no grouping, so it parses back as typed). */
export function minorToInput(minor: number | undefined, currency: string): string {
  if (minor === undefined) return '';
  const digits = minorDigits(currency);
  if (digits === 0) return String(minor);
  const scale = 10 ** digits;
  const whole = Math.floor(minor / scale);
  const fraction = minor - whole * scale;
  return fraction === 0 ? String(whole) : `${whole}.${String(fraction).padStart(digits, '0')}`;
}

/** "$" for USD, "KWD" for currencies without a symbol: what goes before the amount in an input. */
export function currencyPrefix(currency: string): string {
  return formatMoney(0, currency)
    .replace(/[\d.,]/g, '')
    .trim();
}

/** A limit as a sentence fragment: an unset one means there is none. */
export function moneyOrNoLimit(minor: number | undefined, currency: string): string {
  return minor === undefined ? 'no limit' : formatMoney(minor, currency);
}

/** Basis points as a person reads them: 150 → "1.5%". */
export function basisPointsToPercent(bp: number): string {
  return `${Number((bp / 100).toFixed(2))}%`;
}
