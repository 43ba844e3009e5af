import type { Db } from '../../../db/database.ts';
import { afterKey, keyset, pageOf } from '../../../db/keyset.ts';

/** By key, which is unique in an organization's catalogue and never changes once courses award it. */
const keys = keyset('training-catalogue', ['text']);

/**
 * The organization's certification catalogue, so the policy admin can name one in a certified tier
 * and see its title in the matrix, as the course builder names one a course awards.
 */
export async function listCatalogue(options: {
  db: Db;
  organizationId: string;
  cursor?: string | undefined;
  limit: number;
}) {
  const after = keys.decode(options.cursor);
  let query = options.db
    .selectFrom('trainingCertifications')
    .select([
      'id',
      'key',
      'title',
      'description',
      'validityMonths',
      'recertWindowDays',
      'grantsLicence',
    ])
    .where('organizationId', '=', options.organizationId);
  if (after)
    query = query.where(
      afterKey('asc', [{ column: 'trainingCertifications.key', value: after[0], type: 'text' }]),
    );
  const rows = await query
    .orderBy('key')
    .limit(options.limit + 1)
    .execute();
  const page = pageOf(rows, options.limit, (last) => keys.encode([last.key]));
  return { certifications: page.rows, nextCursor: page.nextCursor };
}
