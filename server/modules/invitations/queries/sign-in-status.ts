import type { z } from 'zod';

import type { signInStatusResponse } from '../../../../contract/invitations.ts';
import type { Db } from '../../../db/database.ts';
import { AppError } from '../../../errors.ts';

type SignInStatus = z.infer<typeof signInStatusResponse>;

/** Whether a person of the organization can sign in, and if not, whether an invitation is on its way. */
export async function signInStatus(options: {
  db: Db;
  organizationId: string;
  personId: string;
}): Promise<SignInStatus> {
  const row = await options.db
    .selectFrom('people')
    .leftJoin('invitations', (join) =>
      join.onRef('invitations.personId', '=', 'people.id').on('invitations.acceptedAt', 'is', null),
    )
    .select(['people.active', 'people.passwordHash', 'invitations.id as invitationId'])
    .where('people.organizationId', '=', options.organizationId)
    .where('people.id', '=', options.personId)
    .executeTakeFirst();
  if (!row) throw AppError.notFound('Person');
  const invitationId = row.invitationId ?? null;
  if (row.passwordHash !== null)
    return { signIn: row.active ? 'password' : 'deactivated', invitationId: null };
  if (invitationId) return { signIn: 'invited', invitationId };
  return { signIn: row.active ? 'none' : 'deactivated', invitationId: null };
}
