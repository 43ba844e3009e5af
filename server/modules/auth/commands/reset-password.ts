import type { Db } from '../../../db/database.ts';
import type { Person } from '../../../db/schema.ts';
import { AppError } from '../../../errors.ts';
import { redeemPasswordLink, type PasswordLink } from '../redeem-password-link.ts';
import type { NewSession } from './create-session.ts';

/** A reset link: for someone active; every other open link of theirs is used up with it. */
const resetLink: PasswordLink<{ email: string }> = {
  invalid: () =>
    AppError.invalid('token', 'this reset link has expired or was already used; ask for a new one'),
  findOpen: (db, tokenHash, now) =>
    db
      .selectFrom('passwordResets')
      .innerJoin('people', 'people.id', 'passwordResets.personId')
      .select(['passwordResets.personId', 'people.email'])
      .where('passwordResets.tokenHash', '=', tokenHash)
      .where('passwordResets.usedAt', 'is', null)
      .where('passwordResets.expiresAt', '>', now)
      .where('people.active', '=', true)
      .executeTakeFirst(),
  close: async (trx, tokenHash, _open, now) => {
    const taken = await trx
      .updateTable('passwordResets')
      .set({ usedAt: now })
      .where('tokenHash', '=', tokenHash)
      .where('usedAt', 'is', null)
      .where('expiresAt', '>', now)
      .returning('personId')
      .executeTakeFirst();
    if (taken)
      await trx
        .updateTable('passwordResets')
        .set({ usedAt: now })
        .where('personId', '=', taken.personId)
        .where('usedAt', 'is', null)
        .execute();
    return taken;
  },
  activates: false,
  endsSessions: true,
};

/**
 * Sets the new password from a reset link and signs the person in. Whoever had their sessions (the
 * reason one resets, often) is signed out everywhere and their open event streams end, on every
 * instance; every other open reset link of theirs is used up with this one.
 */
export function resetPassword(options: {
  db: Db;
  token: string;
  password: string;
  now: Date;
  sessionTtlHours: number;
}): Promise<NewSession & { person: Person }> {
  return redeemPasswordLink({ ...options, link: resetLink });
}
