import type { Db } from '../../../db/database.ts';
import { AppError } from '../../../errors.ts';

/** Level, team and manager given by a caller, each checked to belong to the same organization. */
export async function resolveLevelId(
  db: Db,
  organizationId: string,
  levelKey: string,
): Promise<string> {
  const level = await db
    .selectFrom('authorityLevels')
    .select('id')
    .where('organizationId', '=', organizationId)
    .where('key', '=', levelKey)
    .executeTakeFirst();
  if (!level)
    throw AppError.invalid('levelKey', `no authority level "${levelKey}" in this organization`);
  return level.id;
}

export async function checkTeam(db: Db, organizationId: string, teamId: string): Promise<void> {
  const team = await db
    .selectFrom('teams')
    .select('id')
    .where('organizationId', '=', organizationId)
    .where('id', '=', teamId)
    .executeTakeFirst();
  if (!team) throw AppError.invalid('teamId', 'no such team in this organization');
}

/** The manager must exist in the organization and must not report, directly or not, to the person. */
export async function checkManager(
  db: Db,
  organizationId: string,
  managerId: string,
  personId?: string,
): Promise<void> {
  if (managerId === personId)
    throw AppError.invalid('managerId', 'a person cannot be their own manager');
  let current: string | null = managerId;
  const seen = new Set<string>();
  while (current && !seen.has(current)) {
    seen.add(current);
    const row: { managerId: string | null } | undefined = await db
      .selectFrom('people')
      .select('managerId')
      .where('organizationId', '=', organizationId)
      .where('id', '=', current)
      .executeTakeFirst();
    if (!row) throw AppError.invalid('managerId', 'no such person in this organization');
    if (personId && row.managerId === personId)
      throw AppError.invalid('managerId', 'this would make a reporting loop');
    current = row.managerId;
  }
}
