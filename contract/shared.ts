import { z } from 'zod';

/** The `:id` of a route that names one record. */
export const uuidParam = z.object({ id: z.uuid() });

/** A person as another record names them: who requested, claimed, decided, opened. */
export const personRefSchema = z.object({ id: z.uuid(), name: z.string() });

/** `?limit=` of a list: each list has its own ceiling and default, the parsing is the same. */
export const pageLimit = (max: number, fallback: number) =>
  z.coerce.number().int().min(1).max(max).default(fallback);

/**
 * `?cursor=&limit=` of a list that pages: spread into its query schema. The cursor is the
 * `nextCursor` of the page before, opaque to clients; omitted, the list starts at its beginning.
 */
export const pageQuery = (max: number, fallback: number) => ({
  cursor: z
    .string()
    .max(12_000)
    .optional()
    .describe('The nextCursor of the page before; omit it for the first page'),
  limit: pageLimit(max, fallback),
});

/** Beside a page's rows: where the next page starts, null on the last one. */
export const nextCursorSchema = z
  .string()
  .nullable()
  .describe('Send as ?cursor= for the next page; null when this page is the last');

/** Money on the wire: integer minor units with an ISO 4217 code, never a float. */
export const moneySchema = z
  .object({ amountMinor: z.number().int(), currency: z.string().length(3) })
  .meta({ id: 'Money' });

export const currencyCode = z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code such as USD');

/**
 * The range comes before `int()`: a JSON number past 2^53 parses as a rounded (unsafe) integer that
 * `int()` calls "not whole", when what is wrong with it is its size.
 */
export const amountMinor = z
  .number()
  .min(0, 'must not be negative')
  .max(1e13, 'must be at most 10000000000000 minor units')
  .int('must be a whole number of minor units (cents)');
