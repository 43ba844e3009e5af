import { formatMoney, minorDigits } from '../../../domain/money.ts';
import type { Money } from '../../lib/format-money.ts';

export const money = ({ amountMinor, currency }: Money): string =>
  formatMoney(amountMinor, currency);

/** "+13125550100" → "+1 (312) 555-0100"; other numbers stay as the telephony system sent them. */
export function formatPhone(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  const national =
    digits.length === 11 && digits.startsWith('1')
      ? digits.slice(1)
      : digits.length === 10 && !phone.trim().startsWith('+')
        ? digits
        : null;
  if (national === null) return phone;
  return `+1 (${national.slice(0, 3)}) ${national.slice(3, 6)}-${national.slice(6)}`;
}

/** Minor units as a person would type them into the amount field: 2500 → "25.00". */
export function minorToInput(amountMinor: number, currency: string): string {
  const digits = minorDigits(currency);
  return (amountMinor / 10 ** digits).toFixed(digits);
}

/** 0:07, 1:42, 12:05 — a wait as a stopwatch shows it. */
export function stopwatch(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  return `${minutes}:${String(seconds).padStart(2, '0')}`;
}
