import type { Db } from '../../../db/database.ts';
import { AppError } from '../../../errors.ts';
import { appendLedgerEntries } from '../../ledger/commands/append-ledger-entries.ts';
import { hashSecret, newSecret } from '../secret-token.ts';

/**
 * A reset link an admin asks for on someone's behalf (POST /api/people/:id/password-reset), the same
 * single-use, expiring, hashed link as "forgot password". Refused (403) for the admin themselves:
 * a stolen session must not become a new password without the old one. Refused (403) for another
 * admin when the link would be handed to the asking admin (no SMTP): one admin could then take over
 * another's account, and with it whatever that admin alone may do; with SMTP it goes to the other
 * admin's mailbox only. The details are in server/modules/invitations/README.md. Either way the
 * ledger records who asked, for whom, and whether the link was mailed or handed over.
 */
export async function issuePasswordReset(options: {
  db: Db;
  organizationId: string;
  actorId: string;
  personId: string;
  /** True when the link goes by mail to the person, false when the admin is handed it. */
  mailed: boolean;
  now: Date;
  ttlMinutes: number;
}): Promise<{ token: string; expiresAt: Date; person: { name: string; email: string } }> {
  const { db, now } = options;
  const person = await db
    .selectFrom('people')
    .select(['id', 'name', 'email', 'role', 'active', 'passwordHash'])
    .where('organizationId', '=', options.organizationId)
    .where('id', '=', options.personId)
    .executeTakeFirst();
  if (!person) throw AppError.notFound('Person');
  if (person.id === options.actorId)
    throw new AppError(
      'forbidden',
      'Nobody issues a reset link for themselves: change your password, or use "forgot password"',
    );
  if (!person.active) throw new AppError('conflict', 'This person is deactivated');
  if (person.passwordHash === null)
    throw new AppError('conflict', 'This person has no password yet: invite them instead');
  if (person.role === 'admin' && !options.mailed)
    throw new AppError(
      'forbidden',
      "Without mail, another admin's reset link would be handed to you: once SMTP_URL is set it can be mailed to them",
    );
  const token = newSecret();
  const expiresAt = new Date(now.getTime() + options.ttlMinutes * 60_000);
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('passwordResets')
      .values({
        tokenHash: hashSecret(token),
        organizationId: options.organizationId,
        personId: person.id,
        createdAt: now,
        expiresAt,
      })
      .execute();
    await appendLedgerEntries(trx, options.organizationId, [
      {
        kind: 'person.password_reset_issued',
        at: now,
        actorId: options.actorId,
        data: { personId: person.id, delivery: options.mailed ? 'mailed' : 'handed_over' },
      },
    ]);
  });
  return { token, expiresAt, person: { name: person.name, email: person.email } };
}
