import type { Db } from '../../../db/database.ts';
import type { Person } from '../../../db/schema.ts';
import { AppError } from '../../../errors.ts';
import { announceCredentialsChanged } from '../../../realtime/credentials-changed.ts';
import { checkPassword } from '../password-policy.ts';
import { hashPassword } from '../password.ts';
import { hashSecret } from '../secret-token.ts';
import { createSession, type NewSession } from './create-session.ts';

/** One answer for a link never issued, expired or used: none says which it was. */
const invalidLink = () =>
  AppError.invalid('token', 'this reset link has expired or was already used; ask for a new one');

/**
 * Sets the new password from a reset link and signs the person in. Whoever had their sessions (the
 * reason one resets, often) is signed out everywhere and their open event streams end, on every
 * instance; every other open reset link of theirs is used up with this one.
 */
export async function resetPassword(options: {
  db: Db;
  token: string;
  password: string;
  now: Date;
  sessionTtlHours: number;
}): Promise<NewSession & { person: Person }> {
  const { db, now } = options;
  const tokenHash = hashSecret(options.token);
  const open = await db
    .selectFrom('passwordResets')
    .innerJoin('people', 'people.id', 'passwordResets.personId')
    .select(['passwordResets.personId', 'people.email'])
    .where('passwordResets.tokenHash', '=', tokenHash)
    .where('passwordResets.usedAt', 'is', null)
    .where('passwordResets.expiresAt', '>', now)
    .where('people.active', '=', true)
    .executeTakeFirst();
  if (!open) throw invalidLink();
  checkPassword(options.password, { email: open.email });
  const passwordHash = await hashPassword(options.password);

  return db.transaction().execute(async (trx) => {
    // Taken by one conditional UPDATE: of two uses of the same link at once, one finds it open.
    const taken = await trx
      .updateTable('passwordResets')
      .set({ usedAt: now })
      .where('tokenHash', '=', tokenHash)
      .where('usedAt', 'is', null)
      .where('expiresAt', '>', now)
      .returning('personId')
      .executeTakeFirst();
    if (!taken) throw invalidLink();
    await trx
      .updateTable('passwordResets')
      .set({ usedAt: now })
      .where('personId', '=', taken.personId)
      .where('usedAt', 'is', null)
      .execute();
    const person = await trx
      .updateTable('people')
      .set({ passwordHash })
      .where('id', '=', taken.personId)
      .where('active', '=', true)
      .returningAll()
      .executeTakeFirst();
    if (!person) throw invalidLink();
    await trx.deleteFrom('sessions').where('personId', '=', person.id).execute();
    await announceCredentialsChanged(trx, [person.id]);
    const session = await createSession({
      db: trx,
      person,
      now,
      ttlHours: options.sessionTtlHours,
    });
    return { ...session, person };
  });
}
