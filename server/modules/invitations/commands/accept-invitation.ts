import type { Db } from '../../../db/database.ts';
import type { Person } from '../../../db/schema.ts';
import { AppError } from '../../../errors.ts';
import type { NewSession } from '../../auth/commands/create-session.ts';
import { redeemPasswordLink, type PasswordLink } from '../../auth/redeem-password-link.ts';

/** An invitation: open until accepted, revoked (or replaced by a resend) or expired. */
const invitationLink: PasswordLink<{ id: string; email: string }> = {
  invalid: () =>
    AppError.invalid(
      'token',
      'this invitation link has expired or was already used; ask for a new one',
    ),
  findOpen: (db, tokenHash, now) =>
    db
      .selectFrom('invitations')
      .innerJoin('people', 'people.id', 'invitations.personId')
      .select(['invitations.id', 'people.email'])
      .where('invitations.tokenHash', '=', tokenHash)
      .where('invitations.acceptedAt', 'is', null)
      .where('invitations.revokedAt', 'is', null)
      .where('invitations.expiresAt', '>', now)
      .executeTakeFirst(),
  close: (trx, tokenHash, open, now) =>
    trx
      .updateTable('invitations')
      .set({ acceptedAt: now })
      .where('id', '=', open.id)
      .where('tokenHash', '=', tokenHash)
      .where('acceptedAt', 'is', null)
      .where('revokedAt', 'is', null)
      .where('expiresAt', '>', now)
      .returning('personId')
      .executeTakeFirst(),
  activates: true,
  endsSessions: false,
  // The account's becoming active is evidence like any other change of standing (people's ledger kinds).
  ledger: (person, open, now) => [
    {
      kind: 'person.authority_changed',
      at: now,
      actorId: person.id,
      data: {
        personId: person.id,
        before: { active: false },
        after: { active: true },
        invitationId: open.id,
      },
    },
  ],
};

/**
 * The invitee chooses their password: the invitation is used up, the person becomes active and is
 * signed in, and the ledger records the account's becoming active.
 */
export function acceptInvitation(options: {
  db: Db;
  token: string;
  password: string;
  now: Date;
  sessionTtlHours: number;
}): Promise<NewSession & { person: Person }> {
  return redeemPasswordLink({ ...options, link: invitationLink });
}
