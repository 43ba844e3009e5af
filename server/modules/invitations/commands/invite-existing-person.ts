import type { Db } from '../../../db/database.ts';
import { AppError } from '../../../errors.ts';
import { openInvitations, type OpenedInvitation } from './open-invitations.ts';

/**
 * Invites one person who is already here but cannot sign in: no password and no invitation. Anyone
 * else is refused with the reason, since each has a better way: a pending invitation is resent, a
 * person with a password resets it, a deactivated person is reactivated first.
 */
export async function inviteExistingPerson(options: {
  db: Db;
  organizationId: string;
  personId: string;
  actorId: string | null;
  now: Date;
  ttlHours: number;
}): Promise<OpenedInvitation> {
  const [opened] = await openInvitations({ ...options, personIds: [options.personId] });
  if (opened) return opened;
  const person = await options.db
    .selectFrom('people')
    .leftJoin('invitations', 'invitations.personId', 'people.id')
    .select([
      'people.active',
      'people.passwordHash',
      'invitations.id as invitationId',
      'invitations.acceptedAt',
    ])
    .where('people.organizationId', '=', options.organizationId)
    .where('people.id', '=', options.personId)
    .executeTakeFirst();
  if (!person) throw AppError.notFound('Person');
  if (person.passwordHash !== null)
    throw new AppError(
      'conflict',
      'This person already has a password: they can reset it, or an admin can issue a reset link',
    );
  if (person.invitationId && !person.acceptedAt)
    throw new AppError(
      'conflict',
      'This person already has an invitation: resend it for a fresh link',
      undefined,
      undefined,
      { invitationId: person.invitationId },
    );
  throw new AppError('conflict', 'This person is deactivated: reactivate them before inviting');
}
