import type { Db } from '../../../db/database.ts';
import { AppError } from '../../../errors.ts';

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
