import {
  isSupportedCountry,
  parsePhoneNumberFromString,
  type CountryCode,
} from 'libphonenumber-js/min';

/**
 * Phone numbers in one form, E.164 (`+13125550100`), so one number is one string: a unique index
 * can refuse a second customer with it and a telephony pop finds the caller by equality. Parsing and
 * validation are libphonenumber's (its `min` metadata), the maintained port of Google's rules.
 */
export type PhoneResult = { ok: true; e164: string } | { ok: false; reason: string };

/**
 * The country whose national numbers an organization's reps type without a country code. It is the
 * country of the organization's currency where that currency belongs to one country (or to one
 * numbering plan: USD is the NANP's +1); elsewhere (EUR) numbers are written with + and the code.
 */
const countryOfCurrency: Record<string, CountryCode> = {
  USD: 'US',
  CAD: 'CA',
  GBP: 'GB',
  AUD: 'AU',
  NZD: 'NZ',
  JPY: 'JP',
  INR: 'IN',
  CHF: 'CH',
  SEK: 'SE',
  NOK: 'NO',
  DKK: 'DK',
  PLN: 'PL',
  CZK: 'CZ',
  HUF: 'HU',
  MXN: 'MX',
  BRL: 'BR',
  ZAR: 'ZA',
  SGD: 'SG',
  HKD: 'HK',
  KRW: 'KR',
  ILS: 'IL',
  TRY: 'TR',
};

export function phoneCountryOf(currency: string): CountryCode | undefined {
  return countryOfCurrency[currency];
}

/**
 * `input` however it was typed ("+1 (312) 555-0100", "312.555.0100", "tel:+13125550100"), read in
 * `country` when it has no + and country code. An extension is dropped: a customer is reached, and a
 * caller identified, by the line itself.
 */
export function normalizePhone(input: string, country: string | undefined): PhoneResult {
  const text = input.trim().replace(/^tel:/i, '');
  if (!/\d/.test(text)) return { ok: false, reason: 'must be a phone number' };
  const defaultCountry = country && isSupportedCountry(country) ? country : undefined;
  if (!text.startsWith('+') && !defaultCountry) {
    return { ok: false, reason: 'write it with + and the country code' };
  }
  const parsed = parsePhoneNumberFromString(text, defaultCountry ? { defaultCountry } : {});
  if (!parsed?.isValid())
    return {
      ok: false,
      reason: defaultCountry
        ? `is not a valid number (written without a country code, it is read as ${defaultCountry})`
        : 'is not a valid phone number',
    };
  return { ok: true, e164: parsed.number };
}
