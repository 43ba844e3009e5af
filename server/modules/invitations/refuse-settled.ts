import type { Db } from '../../db/database.ts';
import { AppError } from '../../errors.ts';

/** Why an invitation could not be changed: not this organization's (404) or already accepted (409). */
export async function refuseSettled(
  db: Db,
  organizationId: string,
  invitationId: string,
): Promise<never> {
  const found = await db
    .selectFrom('invitations')
    .select('acceptedAt')
    .where('organizationId', '=', organizationId)
    .where('id', '=', invitationId)
    .executeTakeFirst();
  if (!found) throw AppError.notFound('Invitation');
  throw new AppError('conflict', 'This invitation was already accepted');
}
