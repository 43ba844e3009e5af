/** Money as the API sends it: integer minor units (cents, pence, yen) and an ISO 4217 code. */
export type Money = { amountMinor: number; currency: string };

const formatters = new Map<string, Intl.NumberFormat>();

function formatterFor(locale: string, currency: string): Intl.NumberFormat {
  const key = `${locale}|${currency}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, { style: 'currency', currency });
    formatters.set(key, formatter);
  }
  return formatter;
}

/**
 * How many minor units make one major unit is a property of the currency (2 for EUR, 0 for JPY,
 * 3 for KWD), so it is read from Intl rather than assumed to be 100.
 */
export function currencyFractionDigits(currency: string): number {
  return formatterFor('en', currency).resolvedOptions().maximumFractionDigits ?? 2;
}

/** formatMoney({ amountMinor: 129900, currency: 'EUR' }) → "€1,299.00" */
export function formatMoney({ amountMinor, currency }: Money, locale = 'en'): string {
  return formatterFor(locale, currency).format(
    amountMinor / 10 ** currencyFractionDigits(currency),
  );
}
