import type { AuthorityRequest } from '../../../../domain/authority/decide.ts';
import type { Db } from '../../../db/database.ts';
import { AppError } from '../../../errors.ts';

/** The customer as the engine sees them; `lock` holds their row until the caller's transaction ends. */
export async function loadCustomerForAuthority(
  db: Db,
  organizationId: string,
  customerId: string,
  options: { lock?: boolean } = {},
): Promise<AuthorityRequest['customer'] & { id: string }> {
  const row = await db
    .selectFrom('customers')
    .select(['id', 'lifetimeValueMinor', 'segment', 'flags', 'linkedPersonId'])
    .where('organizationId', '=', organizationId)
    .where('id', '=', customerId)
    .$if(options.lock === true, (query) => query.forNoKeyUpdate())
    .executeTakeFirst();
  if (!row) throw AppError.notFound('Customer');
  return {
    id: row.id,
    lifetimeValueMinor: row.lifetimeValueMinor,
    segment: row.segment,
    flags: row.flags,
    linkedPersonId: row.linkedPersonId,
  };
}
