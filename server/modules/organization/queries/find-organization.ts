import type { Db } from '../../../db/database.ts';
import type { Organization } from '../../../db/schema.ts';
import { AppError } from '../../../errors.ts';

export async function findOrganization(options: {
  db: Db;
  organizationId: string;
}): Promise<Organization> {
  const org = await options.db
    .selectFrom('organizations')
    .selectAll()
    .where('id', '=', options.organizationId)
    .executeTakeFirst();
  if (!org) throw AppError.notFound('Organization');
  return org;
}
