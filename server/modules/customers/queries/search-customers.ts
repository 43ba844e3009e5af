import type { Db } from '../../../db/database.ts';
import { afterKey, keyset, pageOf } from '../../../db/keyset.ts';

/**
 * By name, as a search reads, with the id breaking ties. A name is not immutable (an import may
 * correct it): a customer renamed while someone pages can move past the page they are on.
 */
const keys = keyset('customers', ['text', 'uuid']);

/** Name, email, phone or customer reference, case-insensitive; digits-only input also matches phone numbers. */
export async function searchCustomers(options: {
  db: Db;
  organizationId: string;
  q?: string | undefined;
  cursor?: string;
  limit: number;
}) {
  const after = keys.decode(options.cursor);
  // A merged duplicate is found no more; its survivor is.
  let query = options.db
    .selectFrom('customers')
    .selectAll()
    .where('organizationId', '=', options.organizationId)
    .where('mergedIntoId', 'is', null);
  const q = options.q?.toLowerCase();
  if (q) {
    const pattern = `%${q.replace(/[%_\\]/g, '\\$&')}%`;
    const digits = q.replace(/\D/g, '');
    query = query.where((eb) =>
      eb.or([
        eb(eb.fn('lower', ['name']), 'like', pattern),
        eb(eb.fn('lower', ['email']), 'like', pattern),
        eb(eb.fn('lower', ['externalRef']), 'like', pattern),
        // Phones are E.164, so only the digits are compared; a displaced number (a duplicate's, an
        // invalid one) still finds its customer, for someone to merge or correct.
        ...(digits.length >= 4
          ? (['phone', 'displacedPhone'] as const).map((column) =>
              eb(
                eb.fn('regexp_replace', [column, eb.val('\\D'), eb.val(''), eb.val('g')]),
                'like',
                `%${digits}%`,
              ),
            )
          : []),
      ]),
    );
  }
  if (after)
    query = query.where(
      afterKey('asc', [
        { column: 'name', value: after[0], type: 'text' },
        { column: 'id', value: after[1], type: 'uuid' },
      ]),
    );
  const rows = await query
    .orderBy('name')
    .orderBy('id')
    .limit(options.limit + 1)
    .execute();
  return pageOf(rows, options.limit, (last) => keys.encode([last.name, last.id]));
}
