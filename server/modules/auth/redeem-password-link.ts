import type { Transaction } from 'kysely';

import type { Db } from '../../db/database.ts';
import type { Database, Person } from '../../db/schema.ts';
import type { AppError } from '../../errors.ts';
import { announceCredentialsChanged } from '../../realtime/credentials-changed.ts';
import { appendLedgerEntries } from '../ledger/commands/append-ledger-entries.ts';
import type { NewLedgerEntry } from '../ledger/ledger-entry.ts';
import { createSession, type NewSession } from './commands/create-session.ts';
import { checkPassword } from './password-policy.ts';
import { hashPassword } from './password.ts';
import { hashSecret } from './secret-token.ts';

/** What sets one kind of single-use link (a reset link, an invitation) apart from the others. */
export interface PasswordLink<Open extends { email: string }> {
  /** The one answer for a link that cannot be used: none says why, so none tells a guesser more. */
  invalid: () => AppError;
  /** The link while it is open, with the email the new password may not resemble. */
  findOpen: (db: Db, tokenHash: string, now: Date) => Promise<Open | undefined>;
  /**
   * Closes the link by one conditional UPDATE, so of two uses of the same link at once one finds it
   * open, and names whose it was.
   */
  close: (
    trx: Transaction<Database>,
    tokenHash: string,
    open: Open,
    now: Date,
  ) => Promise<{ personId: string } | undefined>;
  /** An invitation makes the person active; a reset link works only for someone still active. */
  activates: boolean;
  /** Whoever had their sessions (the reason one resets, often) is signed out everywhere. */
  endsSessions: boolean;
  /** What the ledger records of the link's use, if anything. */
  ledger?: (person: Person, open: Open, now: Date) => NewLedgerEntry[];
}

/**
 * Sets the password a link was for and signs its person in. The scrypt hash is computed before the
 * transaction, which then closes the link, sets the password, ends the person's other sessions and
 * their open event streams on every instance (when the link says so) and writes the ledger, together.
 */
export async function redeemPasswordLink<Open extends { email: string }>(options: {
  db: Db;
  link: PasswordLink<Open>;
  token: string;
  password: string;
  now: Date;
  sessionTtlHours: number;
}): Promise<NewSession & { person: Person }> {
  const { db, link, now } = options;
  const tokenHash = hashSecret(options.token);
  const open = await link.findOpen(db, tokenHash, now);
  if (!open) throw link.invalid();
  checkPassword(options.password, { email: open.email });
  const passwordHash = await hashPassword(options.password);

  return db.transaction().execute(async (trx) => {
    const closed = await link.close(trx, tokenHash, open, now);
    if (!closed) throw link.invalid();
    const person = await trx
      .updateTable('people')
      .set(link.activates ? { passwordHash, active: true } : { passwordHash })
      .where('id', '=', closed.personId)
      .$if(!link.activates, (query) => query.where('active', '=', true))
      .returningAll()
      .executeTakeFirst();
    if (!person) throw link.invalid();
    if (link.endsSessions) {
      await trx.deleteFrom('sessions').where('personId', '=', person.id).execute();
      await announceCredentialsChanged(trx, [person.id]);
    }
    const entries = link.ledger?.(person, open, now) ?? [];
    if (entries.length > 0) await appendLedgerEntries(trx, person.organizationId, entries);
    const session = await createSession({
      db: trx,
      person,
      now,
      ttlHours: options.sessionTtlHours,
    });
    return { ...session, person };
  });
}
