import type { Db } from '../../../db/database.ts';
import type { Organization } from '../../../db/schema.ts';
import { AppError } from '../../../errors.ts';

export async function findOrganizationBySlug(options: {
  db: Db;
  slug: string;
}): Promise<Organization> {
  const org = await options.db
    .selectFrom('organizations')
    .selectAll()
    .where('slug', '=', options.slug)
    .executeTakeFirst();
  if (!org) throw AppError.notFound(`Organization "${options.slug}"`);
  return org;
}
