import { importColumns } from '../../../../contract/imports.ts';
import { normalizePhone } from '../../../../domain/phone.ts';
import { RowReader, type RowResult } from './cells.ts';

/** The header this kind of file has: the contract's, which the import page shows too. */
export const customerColumns = importColumns.customers;

export type CustomerRow = {
  externalRef: string;
  name: string;
  email: string | null;
  phone: string | null;
  segment: string;
  lifetimeValueMinor: number;
  flags: string[];
  linkedPersonEmail: string | null;
};

/**
 * One customer line, with the rules a customer created through the API meets: the phone in E.164
 * (read in the organization's country), a valid e-mail, and money in the organization's currency.
 * Flags are separated by `;`. An empty segment is `new`, an empty lifetime value 0.
 */
export function readCustomerRow(
  record: Record<string, string | undefined>,
  org: { currency: string; phoneCountry: string | undefined },
): RowResult<CustomerRow> {
  const r = new RowReader(record);
  const externalRef = r.required('external_ref', 100);
  const name = r.required('name');
  const email = r.email('email', false);
  let phone: string | null | undefined = r.optional('phone', 40);
  if (phone) {
    const normalized = normalizePhone(phone, org.phoneCountry);
    phone = normalized.ok ? normalized.e164 : r.error('phone', normalized.reason);
  }
  const segment = r.code('segment', r.text('segment') || 'new');
  const lifetimeValueMinor = r.text('lifetime_value') ? r.money('lifetime_value', org.currency) : 0;
  const flags = r
    .text('flags')
    .split(';')
    .map((flag) => flag.trim())
    .filter((flag) => flag !== '')
    .map((flag) => r.code('flags', flag));
  const linkedPersonEmail = r.email('linked_person_email', false);
  if (r.errors.length > 0) return { ok: false, errors: r.errors };
  return {
    ok: true,
    row: {
      externalRef: externalRef!,
      name: name!,
      email: email ?? null,
      phone: phone ?? null,
      segment: segment!,
      lifetimeValueMinor: lifetimeValueMinor!,
      flags: [...new Set(flags as string[])],
      linkedPersonEmail: linkedPersonEmail ?? null,
    },
  };
}
