import type { Db } from '../../../db/database.ts';
import type { Customer } from '../../../db/schema.ts';

/** Name, email, phone or customer reference, case-insensitive; digits-only input also matches phone numbers. */
export function searchCustomers(options: { db: Db; organizationId: string; q?: string | undefined; limit: number }): Promise<Customer[]> {
  let query = options.db.selectFrom('customers').selectAll().where('organizationId', '=', options.organizationId);
  const q = options.q?.toLowerCase();
  if (q) {
    const pattern = `%${q.replace(/[%_\\]/g, '\\$&')}%`;
    const digits = q.replace(/\D/g, '');
    query = query.where((eb) =>
      eb.or([
        eb(eb.fn('lower', ['name']), 'like', pattern),
        eb(eb.fn('lower', ['email']), 'like', pattern),
        eb(eb.fn('lower', ['externalRef']), 'like', pattern),
        ...(digits.length >= 4 ? [eb(eb.fn('regexp_replace', ['phone', eb.val('\\D'), eb.val(''), eb.val('g')]), 'like', `%${digits}%`)] : []),
      ]),
    );
  }
  return query.orderBy('name').limit(options.limit).execute();
}
