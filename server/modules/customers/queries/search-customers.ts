import type { Db } from '../../../db/database.ts';
import type { Customer } from '../../../db/schema.ts';

/** Name, email, phone or customer reference, case-insensitive; digits-only input also matches phone numbers. */
export function searchCustomers(options: {
  db: Db;
  organizationId: string;
  q?: string | undefined;
  limit: number;
}): Promise<Customer[]> {
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
  return query.orderBy('name').limit(options.limit).execute();
}
