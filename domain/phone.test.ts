import { describe, expect, it } from 'vitest';

import { normalizePhone, phoneCountryOf } from './phone.ts';

describe('phone numbers', () => {
  it('writes one number one way, however it was typed', () => {
    for (const typed of [
      '+1 (312) 555-0100',
      '312-555-0100',
      '(312) 555 0100',
      '312.555.0100',
      '3125550100',
      '+13125550100',
      'tel:+1-312-555-0100',
      '1 312 555 0100',
    ]) {
      expect(normalizePhone(typed, 'US'), typed).toEqual({ ok: true, e164: '+13125550100' });
    }
    expect(normalizePhone('+1 415 555 0142 ext. 12', 'US')).toEqual({
      ok: true,
      e164: '+14155550142',
    });
  });

  it('reads national numbers in the organization country, and international ones as written', () => {
    expect(normalizePhone('020 7946 0958', 'GB')).toEqual({ ok: true, e164: '+442079460958' });
    expect(normalizePhone('+44 20 7946 0958', 'US')).toEqual({ ok: true, e164: '+442079460958' });
    expect(normalizePhone('011 44 20 7946 0958', 'US')).toEqual({
      ok: true,
      e164: '+442079460958',
    });
    expect(normalizePhone('+49 30 123456', undefined)).toEqual({ ok: true, e164: '+4930123456' });
  });

  it('refuses what is not a valid number, saying why', () => {
    expect(normalizePhone('123', 'US')).toMatchObject({ ok: false });
    expect(normalizePhone('555-0100', 'US')).toMatchObject({ ok: false });
    expect(normalizePhone('020 7946 0958', 'US')).toMatchObject({ ok: false });
    expect(normalizePhone('call me', 'US')).toEqual({
      ok: false,
      reason: 'must be a phone number',
    });
    expect(normalizePhone('+999 1234567', 'US')).toMatchObject({ ok: false });
    expect(normalizePhone('030 123456', undefined)).toEqual({
      ok: false,
      reason: 'write it with + and the country code',
    });
  });

  it('takes the country from a currency that names one, none from a shared one', () => {
    expect(phoneCountryOf('USD')).toBe('US');
    expect(phoneCountryOf('GBP')).toBe('GB');
    expect(phoneCountryOf('EUR')).toBeUndefined();
  });
});
