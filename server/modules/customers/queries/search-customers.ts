import { containsPattern } from '../../../db/contains-pattern.ts';
import type { Db } from '../../../db/database.ts';
import { afterKey, exactTime, keyset, pageOf } from '../../../db/keyset.ts';

/**
 * In the order customers were added, with the id breaking ties: a name is not immutable (an import
 * or a merge corrects it), and a customer renamed while someone pages by name would move past or
 * before their cursor.
 */
const keys = keyset('customers', ['time', 'uuid']);

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
    .select(exactTime('createdAt').as('keyTime'))
    .where('organizationId', '=', options.organizationId)
    .where('mergedIntoId', 'is', null);
  const q = options.q?.toLowerCase();
  if (q) {
    const pattern = containsPattern(q);
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
        { column: 'createdAt', value: after[0], type: 'timestamptz' },
        { column: 'id', value: after[1], type: 'uuid' },
      ]),
    );
  const rows = await query
    .orderBy('createdAt')
    .orderBy('id')
    .limit(options.limit + 1)
    .execute();
  return pageOf(rows, options.limit, (last) => keys.encode([last.keyTime, last.id]));
}
