import type { Override } from '../../../../domain/authority/policy.ts';
import type { Db } from '../../../db/database.ts';
import { AppError } from '../../../errors.ts';

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Every override names a person of this organization (an override for anyone else is a typo or an attack). */
export async function checkOverridePeople(
  db: Db,
  organizationId: string,
  overrides: readonly Override[],
): Promise<void> {
  const ids = [...new Set(overrides.map((o) => o.personId).filter((id) => uuid.test(id)))];
  const found =
    ids.length === 0
      ? []
      : await db
          .selectFrom('people')
          .select('id')
          .where('organizationId', '=', organizationId)
          .where('id', 'in', ids)
          .execute();
  const known = new Set(found.map((p) => p.id));
  const index = overrides.findIndex((o) => !known.has(o.personId));
  if (index >= 0)
    throw AppError.invalid(
      `document.overrides.${index}.personId`,
      'no such person in this organization',
    );
}
