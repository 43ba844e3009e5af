import { formatMoney } from '../../../domain/money.ts';
import type { PastResolution } from './api-types.ts';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const rtf = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });

/** "just now", "5 minutes ago", "yesterday", "last week", "3 months ago": how people say it on the phone. */
export function relativeTime(iso: string, now: number): string {
  const ms = Math.max(0, now - Date.parse(iso));
  if (ms < MINUTE) return 'just now';
  if (ms < HOUR) return rtf.format(-Math.floor(ms / MINUTE), 'minute');
  if (ms < DAY) return rtf.format(-Math.floor(ms / HOUR), 'hour');
  const days = Math.floor(ms / DAY);
  if (days < 7) return rtf.format(-days, 'day');
  if (days < 30) return rtf.format(-Math.floor(days / 7), 'week');
  if (days < 365) return rtf.format(-Math.floor(days / 30), 'month');
  return rtf.format(-Math.floor(days / 365), 'year');
}

/** Past tense for what a rep did, so a history line reads like a sentence; unknown types fall back to their label. */
const doneTemplates: Record<string, (amount: string) => string> = {
  refund: (a) => `Refunded ${a}`,
  service_credit: (a) => `Credited ${a}`,
  replacement: (a) => `Replacement sent (${a})`,
  repair: (a) => `Repair booked (${a})`,
  future_discount: (a) => `Discount code given (${a})`,
  fee_waiver: (a) => `Fee waived (${a})`,
  policy_exception: (a) => `Policy exception (${a})`,
  upgrade: (a) => `Upgraded (${a})`,
  goodwill_gift: (a) => `Gift sent (${a})`,
};

export type ResolutionLine = { text: string; tone: 'granted' | 'pending' | 'denied' | 'cancelled' };

/** "Refunded $30", "Refund $150 · waiting for approval", "Refund $500 · denied". */
export function describeResolution(
  r: Pick<
    PastResolution,
    'type' | 'amountMinor' | 'grantedAmountMinor' | 'currency' | 'status' | 'withinAuthority'
  >,
  labelOf: (type: string) => string,
): ResolutionLine {
  const asked = formatMoney(r.amountMinor, r.currency);
  const label = labelOf(r.type);
  if (r.status === 'granted') {
    const amount = r.grantedAmountMinor ?? r.amountMinor;
    const done = doneTemplates[r.type] ?? ((a: string) => `${label} ${a}`);
    const reduced = amount < r.amountMinor ? `, asked ${asked}` : '';
    const approved = r.withinAuthority ? '' : ' · approved';
    return {
      text: `${done(formatMoney(amount, r.currency))}${approved}${reduced}`,
      tone: 'granted',
    };
  }
  if (r.status === 'pending_approval')
    return { text: `${label} ${asked} · waiting for approval`, tone: 'pending' };
  if (r.status === 'denied') return { text: `${label} ${asked} · denied`, tone: 'denied' };
  return { text: `${label} ${asked} · withdrawn`, tone: 'cancelled' };
}

/** Mirrors the server's key format (lower_snake_case): "in_fulfilment" → "In fulfilment". */
export function humanize(key: string): string {
  const words = key.replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
