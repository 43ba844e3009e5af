/**
 * Money is an integer count of minor units with an ISO 4217 code. Never a float: arithmetic stays in
 * integers, and only formatting knows where the decimal point goes.
 */
export type Money = { amountMinor: number; currency: string };

const zeroDecimal = new Set([
  'BIF',
  'CLP',
  'DJF',
  'GNF',
  'ISK',
  'JPY',
  'KMF',
  'KRW',
  'PYG',
  'RWF',
  'UGX',
  'VND',
  'VUV',
  'XAF',
  'XOF',
  'XPF',
]);
const threeDecimal = new Set(['BHD', 'IQD', 'JOD', 'KWD', 'LYD', 'OMR', 'TND']);
const symbols: Record<string, string> = {
  USD: '$',
  CAD: 'CA$',
  AUD: 'A$',
  EUR: '€',
  GBP: '£',
  JPY: '¥',
  INR: '₹',
  CHF: 'CHF ',
};

export function minorDigits(currency: string): number {
  if (zeroDecimal.has(currency)) return 0;
  if (threeDecimal.has(currency)) return 3;
  return 2;
}

export function isCurrencyCode(code: string): boolean {
  return /^[A-Z]{3}$/.test(code);
}

function groupThousands(whole: number): string {
  if (whole < 1000) return '' + whole;
  let out = '';
  let rest = whole;
  while (rest >= 1000) {
    const group = rest % 1000;
    out = (group < 10 ? ',00' : group < 100 ? ',0' : ',') + group + out;
    rest = Math.floor(rest / 1000);
  }
  return rest + out;
}

type CurrencyFormat = { scale: number; digits: number; prefix: string };
const formats = new Map<string, CurrencyFormat>();

function formatOf(currency: string): CurrencyFormat {
  let format = formats.get(currency);
  if (format === undefined) {
    const digits = minorDigits(currency);
    format = { scale: 10 ** digits, digits, prefix: symbols[currency] ?? `${currency} ` };
    formats.set(currency, format);
  }
  return format;
}

/**
 * "$1,234.50", "$100" (whole amounts drop ".00", as people say them), "¥500", "KWD 1.250".
 * Hand-rolled rather than Intl.NumberFormat because the authority engine writes reasons on its hot
 * path, and this is many times faster while giving the same text for these currencies.
 */
export function formatMoney(amountMinor: number, currency: string): string {
  const { scale, digits, prefix } = formatOf(currency);
  const abs = amountMinor < 0 ? -amountMinor : amountMinor;
  const whole = Math.floor(abs / scale);
  const fraction = abs - whole * scale;
  let text = prefix + groupThousands(whole);
  if (fraction !== 0) text += '.' + String(fraction).padStart(digits, '0');
  return amountMinor < 0 ? '-' + text : text;
}

/** Parses what a person types ("140", "1,234.5", "$99.99") into minor units; null if it is not an amount. */
export function parseMoneyInput(input: string, currency: string): number | null {
  const cleaned = input.replace(/[\s,]/g, '').replace(/^[^\d.-]+/, '');
  const digits = minorDigits(currency);
  const pattern =
    digits === 0 ? /^\d+$/ : new RegExp(`^\\d+(\\.\\d{0,${digits}})?$|^\\.\\d{1,${digits}}$`);
  if (!pattern.test(cleaned)) return null;
  const [whole = '0', fraction = ''] = cleaned.split('.');
  const minor = Number(whole || '0') * 10 ** digits + Number(fraction.padEnd(digits, '0') || '0');
  return Number.isSafeInteger(minor) ? minor : null;
}

/** floor(amount × basisPoints / 10 000) in integers, exact for amounts up to 2^53 / 10 000 per part. */
export function basisPointsOf(amountMinor: number, basisPoints: number): number {
  const high = Math.floor(amountMinor / 10_000);
  const low = amountMinor - high * 10_000;
  return high * basisPoints + Math.floor((low * basisPoints) / 10_000);
}
