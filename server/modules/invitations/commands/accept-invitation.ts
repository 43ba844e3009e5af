import type { Db } from '../../../db/database.ts';
import type { Person } from '../../../db/schema.ts';
import { AppError } from '../../../errors.ts';
import { createSession, type NewSession } from '../../auth/commands/create-session.ts';
import { checkPassword } from '../../auth/password-policy.ts';
import { hashPassword } from '../../auth/password.ts';
import { hashSecret } from '../../auth/secret-token.ts';
import { appendLedgerEntries } from '../../ledger/commands/append-ledger-entries.ts';

/** One answer for a token never issued, replaced, revoked, expired or used: none says which it was. */
export const invalidInvitation = () =>
  AppError.invalid(
    'token',
    'this invitation link has expired or was already used; ask for a new one',
  );

/**
 * The invitee chooses their password: the invitation is used up, the person becomes active and is
 * signed in. The scrypt hash is computed before the transaction; the invitation is then taken by one
 * conditional UPDATE, so of two simultaneous accepts exactly one finds it still open.
 */
export async function acceptInvitation(options: {
  db: Db;
  token: string;
  password: string;
  now: Date;
  sessionTtlHours: number;
}): Promise<NewSession & { person: Person }> {
  const { db, now } = options;
  const tokenHash = hashSecret(options.token);
  const open = await db
    .selectFrom('invitations')
    .innerJoin('people', 'people.id', 'invitations.personId')
    .select(['invitations.id', 'people.email'])
    .where('invitations.tokenHash', '=', tokenHash)
    .where('invitations.acceptedAt', 'is', null)
    .where('invitations.revokedAt', 'is', null)
    .where('invitations.expiresAt', '>', now)
    .executeTakeFirst();
  if (!open) throw invalidInvitation();
  checkPassword(options.password, { email: open.email });
  const passwordHash = await hashPassword(options.password);

  return db.transaction().execute(async (trx) => {
    const taken = await trx
      .updateTable('invitations')
      .set({ acceptedAt: now })
      .where('id', '=', open.id)
      .where('tokenHash', '=', tokenHash)
      .where('acceptedAt', 'is', null)
      .where('revokedAt', 'is', null)
      .where('expiresAt', '>', now)
      .returning(['personId', 'organizationId'])
      .executeTakeFirst();
    if (!taken) throw invalidInvitation();
    const person = await trx
      .updateTable('people')
      .set({ passwordHash, active: true })
      .where('id', '=', taken.personId)
      .returningAll()
      .executeTakeFirstOrThrow();
    // The account's becoming active is evidence like any other change of standing (people's ledger kinds).
    await appendLedgerEntries(trx, taken.organizationId, [
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
    ]);
    const session = await createSession({
      db: trx,
      person,
      now,
      ttlHours: options.sessionTtlHours,
    });
    return { ...session, person };
  });
}
