import type { Db } from '../../../db/database.ts';

export async function updateOrganization(options: {
  db: Db;
  organizationId: string;
  changes: { name?: string | undefined; vision?: string | undefined; timeZone?: string | undefined };
}): Promise<void> {
  const { name, vision, timeZone } = options.changes;
  await options.db
    .updateTable('organizations')
    .set({ ...(name !== undefined && { name }), ...(vision !== undefined && { vision }), ...(timeZone !== undefined && { timeZone }) })
    .where('id', '=', options.organizationId)
    .execute();
}
