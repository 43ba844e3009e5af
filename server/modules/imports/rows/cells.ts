import { isCurrencyCode, minorDigits } from '../../../../domain/money.ts';

/** A cell that did not pass: the column's header name and why. */
export type CellError = { column: string; message: string };
export type RowResult<Row> = { ok: true; row: Row } | { ok: false; errors: CellError[] };

/** Largest amount a bigint column and a JS number both hold exactly. */
const MAX_MINOR = BigInt(Number.MAX_SAFE_INTEGER);
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const CODE = /^[a-z][a-z0-9_]{0,49}$/;

/** Collects the errors of one row's cells; each reader returns undefined for a bad cell. */
export class RowReader {
  readonly errors: CellError[] = [];
  constructor(private readonly record: Record<string, string | undefined>) {}

  private fail(column: string, message: string): undefined {
    this.errors.push({ column, message });
    return undefined;
  }

  text(column: string): string {
    return (this.record[column] ?? '').trim();
  }

  /** Refuses control characters (a NUL or a stray escape breaks exports and terminals downstream). */
  required(column: string, max = 200): string | undefined {
    const value = this.text(column);
    if (value === '') return this.fail(column, 'is required');
    return this.checked(column, value, max);
  }

  optional(column: string, max = 200): string | null | undefined {
    const value = this.text(column);
    if (value === '') return null;
    return this.checked(column, value, max);
  }

  private checked(column: string, value: string, max: number): string | undefined {
    // eslint-disable-next-line no-control-regex
    if (/[\u0000-\u001f\u007f]/.test(value)) return this.fail(column, 'has a control character');
    if ([...value].length > max) return this.fail(column, `is longer than ${max} characters`);
    return value;
  }

  email(column: string, required: boolean): string | null | undefined {
    const value = required ? this.required(column, 254) : this.optional(column, 254);
    if (!value) return value;
    if (!EMAIL.test(value)) return this.fail(column, 'must be an e-mail address');
    return value.toLowerCase();
  }

  /** A lowercase code (segment, status, flag): letters, digits and underscores. */
  code(column: string, value: string): string | undefined {
    if (!CODE.test(value))
      return this.fail(column, `"${value}" must be lowercase letters, digits and _ (at most 50)`);
    return value;
  }

  currency(column: string): string | undefined {
    const value = this.required(column, 3);
    if (value === undefined) return undefined;
    if (!isCurrencyCode(value)) return this.fail(column, 'must be an ISO 4217 code such as USD');
    return value;
  }

  /** Decimal text ("1234.5", "0.99") to exact minor units in `currency`'s exponent, never a float. */
  money(column: string, currency: string, value = this.text(column)): number | undefined {
    const parsed = decimalToMinor(value, minorDigits(currency));
    if (typeof parsed === 'string') return this.fail(column, parsed);
    return parsed;
  }

  error(column: string, message: string): undefined {
    return this.fail(column, message);
  }
}

/** Exact decimal → minor units; a message when the text is not an amount this currency can hold. */
export function decimalToMinor(text: string, digits: number): number | string {
  const match = /^(\d{1,16})(?:\.(\d+))?$/.exec(text.trim());
  if (!match) return 'must be an amount such as 1234.50 (digits, one optional decimal point)';
  const fraction = match[2] ?? '';
  if (fraction.length > digits)
    return digits === 0
      ? 'this currency has no decimals'
      : `has more than ${digits} decimal places`;
  const minor =
    BigInt(match[1]!) * 10n ** BigInt(digits) + BigInt(fraction.padEnd(digits, '0') || '0');
  if (minor > MAX_MINOR) return 'is too large';
  return Number(minor);
}
