import type { Transaction } from 'kysely';

import type { Db } from '../../../db/database.ts';
import type { Database, Role } from '../../../db/schema.ts';
import { AppError } from '../../../errors.ts';
import { checkPassword } from '../../auth/password-policy.ts';
import { hashPassword } from '../../auth/password.ts';
import { appendLedgerEntries } from '../../ledger/commands/append-ledger-entries.ts';
import { checkManager } from './check-manager.ts';
import { checkTeam } from './check-team.ts';
import { resolveLevelId } from './resolve-level-id.ts';

export type CreatePersonOptions = {
  db: Db;
  organizationId: string;
  email: string;
  name: string;
  role: Role;
  levelKey?: string | undefined;
  teamId?: string | undefined;
  managerId?: string | undefined;
  extension?: string | undefined;
  password?: string | undefined;
  /** False for someone invited, who signs in only once they accept; true when left out. */
  active?: boolean | undefined;
  /** Who adds them: an admin, or null for the operator (the CLI). */
  actorId: string | null;
  now: Date;
};

export async function createPerson(options: CreatePersonOptions): Promise<{ id: string }> {
  const { db, organizationId } = options;
  const email = options.email.trim().toLowerCase();
  if (options.password !== undefined) checkPassword(options.password, { email });
  const levelId = options.levelKey
    ? await resolveLevelId(db, organizationId, options.levelKey)
    : null;
  if (options.teamId) await checkTeam(db, organizationId, options.teamId);
  if (options.managerId) await checkManager(db, organizationId, options.managerId);

  const taken = await db
    .selectFrom('people')
    .select('id')
    .where((eb) => eb(eb.fn('lower', ['email']), '=', email))
    .executeTakeFirst();
  const emailTaken = () =>
    new AppError('conflict', `Someone already signs in as ${email}`, 'email');
  if (taken) throw emailTaken();

  // Inside a caller's transaction (an invitation is written with its person), that one is used.
  const inTransaction = <T>(work: (trx: Transaction<Database>) => Promise<T>): Promise<T> =>
    db.isTransaction ? work(db as Transaction<Database>) : db.transaction().execute(work);
  return inTransaction(async (trx) => {
    const person = await trx
      .insertInto('people')
      .values({
        organizationId,
        email,
        name: options.name.trim(),
        role: options.role,
        levelId,
        teamId: options.teamId ?? null,
        managerId: options.managerId ?? null,
        extension: options.extension ?? null,
        passwordHash: options.password ? await hashPassword(options.password) : null,
        active: options.active ?? true,
      })
      .returning('id')
      .executeTakeFirstOrThrow()
      .catch((error: unknown) => {
        // Added by another admin a moment ago: the unique index on the email decides.
        throw (error as { code?: unknown } | null)?.code === '23505' ? emailTaken() : error;
      });
    await appendLedgerEntries(trx, organizationId, [
      {
        kind: 'person.created',
        at: options.now,
        actorId: options.actorId,
        data: {
          personId: person.id,
          email,
          role: options.role,
          levelKey: options.levelKey ?? null,
        },
      },
    ]);
    return person;
  });
}
