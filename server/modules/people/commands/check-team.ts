import type { Db } from '../../../db/database.ts';
import { AppError } from '../../../errors.ts';

export async function checkTeam(db: Db, organizationId: string, teamId: string): Promise<void> {
  const team = await db
    .selectFrom('teams')
    .select('id')
    .where('organizationId', '=', organizationId)
    .where('id', '=', teamId)
    .executeTakeFirst();
  if (!team) throw AppError.invalid('teamId', 'no such team in this organization');
}
